-- normalized_value holds {"value": …}: a bare JSON string such as "471102" was read back as a number.
UPDATE "field_values" SET "normalized_value" = jsonb_build_object('value', "normalized_value") WHERE "normalized_value" IS NOT NULL AND jsonb_typeof("normalized_value") <> 'object';
