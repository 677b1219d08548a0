/** The mor dialect's own tables. */
export const MOR_ENTITIES = [];
