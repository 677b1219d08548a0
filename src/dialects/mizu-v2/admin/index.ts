/** The admin commands of Mizu v2 (see handlers.ts). */
export const adminHandlers = {};
