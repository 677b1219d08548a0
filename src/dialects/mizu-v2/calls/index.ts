/** The calls commands of Mizu v2 (see handlers.ts). */
export const callsHandlers = {};
