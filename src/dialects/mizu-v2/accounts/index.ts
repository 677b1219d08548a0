/** The accounts commands of Mizu v2 (see handlers.ts). */
export const accountsHandlers = {};
