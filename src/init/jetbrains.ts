// `init jetbrains`: writes .idea/jsonSchemas.xml, the project's JSON Schema mappings in JetBrains
// IDEs, with schema paths relative to the project root (how the IDE stores them) and the catalog's
// patterns. JetBrains has no exclusion patterns, so the `!` ones are left out (a data_dpo file
// then also matches the data schema, which accepts it). An existing file is left alone.
import { join, relative, sep } from "node:path";
import { schemaEntries } from "./schema-entries.js";
import { writeNewFile } from "./write-new-file.js";

const attr = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function jetbrainsConfig(workspace: string): string {
  const entries = schemaEntries().flatMap((e) => [
    `        <entry key="${attr(e.name)}">`,
    "          <value>",
    "            <SchemaInfo>",
    `              <option name="name" value="${attr(e.name)}" />`,
    `              <option name="relativePathToSchema" value="${attr(relative(workspace, e.path).split(sep).join("/"))}" />`,
    '              <option name="schemaVersion" value="JSON schema version 7" />',
    '              <option name="patterns">',
    "                <list>",
    ...e.fileMatch
      .filter((p) => !p.startsWith("!"))
      .flatMap((p) => [
        "                  <Item>",
        '                    <option name="pattern" value="true" />',
        `                    <option name="path" value="${attr(p)}" />`,
        '                    <option name="mappingKind" value="Pattern" />',
        "                  </Item>",
      ]),
    "                </list>",
    "              </option>",
    "            </SchemaInfo>",
    "          </value>",
    "        </entry>",
  ]);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<project version="4">',
    '  <component name="JsonSchemaMappingsProjectConfiguration">',
    "    <state>",
    "      <map>",
    ...entries,
    "      </map>",
    "    </state>",
    "  </component>",
    "</project>",
    "",
  ].join("\n");
}

export function initJetbrains(workspace: string): string {
  const file = join(workspace, ".idea", "jsonSchemas.xml");
  writeNewFile(file, jetbrainsConfig(workspace));
  return file;
}
