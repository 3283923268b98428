/**
 * The literal the dataset uses wherever its sources are silent. Its own module, free of the schema's
 * validator code, so that first-screen views can name it without loading zod.
 */
export const NOT_RECORDED = "not recorded";
