// Validates every *.json Adaptive Card in a folder twice:
//  1. with the npm package "adaptivecards" (the renderer Microsoft ships): parse events such as unknown element types or
//     invalid property values, and its own validation (too many actions, duplicate ids, ...);
//  2. against the official Adaptive Cards JSON schema given on the command line (1.5: draft-06, from microsoft/AdaptiveCards).
//
// Usage: node check.mjs <cards-folder> <adaptive-card.json schema>
// Exit codes: 0 every card passed, 1 a card failed, 2 bad usage (missing folder or schema, no cards).
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";

const require = createRequire(import.meta.url);
// The package's lib/ folder is ES modules without file extensions, which Node cannot load; dist/ is the UMD bundle.
const AC = require("adaptivecards/dist/adaptivecards.js");
const Ajv = require("ajv");
const addFormats = require("ajv-formats");
const draft06 = require("ajv/dist/refs/json-schema-draft-06.json");

function usage(message) {
  console.error(`${message}\nUsage: node check.mjs <cards-folder> <adaptive-card.json schema>`);
  process.exit(2);
}

const [folder, schemaPath] = process.argv.slice(2);
if (!folder || !schemaPath) usage("Give the folder of cards and the schema file.");
if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) usage(`No folder ${folder} (run the SalesBot.Teams tests first: they write the cards).`);
if (!fs.existsSync(schemaPath)) usage(`No schema file ${schemaPath}.`);

const files = fs.readdirSync(folder).filter((f) => f.endsWith(".json")).sort();
if (files.length === 0) usage(`No *.json cards in ${folder}.`);

const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8"));
const validateSchema = compileSchema(schema);
const definitionNames = new Map(Object.entries(schema.definitions ?? {}).map(([name, definition]) => [definition, name]));

let failed = 0;
for (const file of files) {
  const problems = [];
  const hints = [];
  let json;
  try {
    json = JSON.parse(fs.readFileSync(path.join(folder, file), "utf8"));
  } catch (error) {
    problems.push(`not JSON: ${error.message}`);
  }

  if (json !== undefined) {
    rendererProblems(json, problems, hints);
    if (!validateSchema(json)) {
      for (const error of relevant(validateSchema.errors, json)) problems.push(`schema: ${error.instancePath || "/"} ${error.message} ${JSON.stringify(error.params)}`);
    }
  }

  if (problems.length > 0) {
    failed++;
    console.log(`FAIL ${file}`);
    for (const problem of problems) console.log(`     ${problem}`);
  } else {
    console.log(`ok   ${file}`);
  }

  for (const hint of hints) console.log(`     hint: ${hint}`);
}

console.log(`${files.length - failed} of ${files.length} cards valid (adaptivecards ${packageVersion()}, schema ${schemaPath})`);
process.exit(failed === 0 ? 0 : 1);

function rendererProblems(json, problems, hints) {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    problems.push(`adaptivecards parse: ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }

  for (const event of card.validateProperties().validationEvents) {
    const where = event.source?.getJsonTypeName?.() ?? "card";
    const text = `adaptivecards ${where}: ${AC.ValidationEvent[event.event]}: ${event.message}`;
    (event.event === AC.ValidationEvent.Hint ? hints : problems).push(text);
  }
}

// Elements are matched against every element type (an anyOf), so a single mistake fails every branch. Keep the errors
// of the branch for the element's own "type", and an anyOf summary only where nothing more specific explains it.
function relevant(errors, card) {
  const kept = errors.filter((error) => {
    if (error.keyword === "enum" && error.instancePath.endsWith("/type")) return false;
    if (error.keyword === "anyOf") return true;
    const owner = definitionNames.get(error.parentSchema);
    const element = valueAt(card, error.instancePath);
    return !(owner && element && typeof element.type === "string" && owner !== element.type);
  });
  const specific = kept.filter((error) => error.keyword !== "anyOf");
  const unexplained = kept.filter((error) => error.keyword === "anyOf"
    && !specific.some((other) => other.instancePath === error.instancePath || other.instancePath.startsWith(`${error.instancePath}/`)));
  const chosen = [...specific, ...unexplained];
  const seen = new Set();
  return chosen.filter((error) => {
    const key = `${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

function valueAt(root, pointer) {
  let value = root;
  for (const part of pointer.split("/").slice(1)) {
    if (value === null || typeof value !== "object") return undefined;
    value = value[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return value;
}

function compileSchema(schema) {
  // The 1.5 schema is draft-06 and names itself with "id"; Ajv 8 wants "$id".
  if (typeof schema.id === "string" && schema.$id === undefined) {
    schema.$id = schema.id;
    delete schema.id;
  }

  // strict: false because the schema carries documentation keywords (version, features) Ajv does not know.
  const ajv = new Ajv({ strict: false, allErrors: true, verbose: true });
  ajv.addMetaSchema(draft06);
  addFormats(ajv);
  return ajv.compile(schema);
}

function packageVersion() {
  return require("adaptivecards/package.json").version;
}
