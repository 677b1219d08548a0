/** The minisip dialect's own tables. */
export const MINISIP_ENTITIES = [];
