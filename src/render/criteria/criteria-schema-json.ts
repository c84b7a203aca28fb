// `criteria schema`: the JSON Schema of a criteria file, as `schema/criteria.schema.json` holds it.
export const schemaJson = (schema: Record<string, unknown>) => `${JSON.stringify(schema, null, 2)}\n`;
