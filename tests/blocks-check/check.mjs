// Type-checks every *.json Block Kit payload in a folder against Slack's published TypeScript definitions (@slack/types):
// each file becomes a typed constant in a generated .ts file — a message ({ text, blocks }) as { text: string; blocks:
// KnownBlock[] }, a view (type "home" or "modal") as HomeView | ModalView — and tsc --noEmit --strict checks them all.
// Object literals assigned to a declared type get excess-property checks, so unknown fields and wrong element types fail.
//
// Usage: node check.mjs <blocks-folder>
// Exit codes: 0 every payload passed, 1 a payload failed, 2 bad usage (missing folder, no payloads).
import { createRequire } from "node:module";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const require = createRequire(import.meta.url);
const here = path.dirname(new URL(import.meta.url).pathname);

function usage(message) {
  console.error(`${message}\nUsage: node check.mjs <blocks-folder>`);
  process.exit(2);
}

const [folder] = process.argv.slice(2);
if (!folder) usage("Give the folder of Block Kit payloads.");
if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) usage(`No folder ${folder} (run the SalesBot.Slack tests first: they write the payloads).`);

const files = fs.readdirSync(folder).filter((f) => f.endsWith(".json")).sort();
if (files.length === 0) usage(`No *.json payloads in ${folder}.`);

// The generated sources live beside node_modules so that "@slack/types" resolves.
const work = fs.mkdtempSync(path.join(here, ".gen-"));
let status = 1;
try {
  const lines = ['import type { HomeView, KnownBlock, ModalView } from "@slack/types";', ""];
  const where = new Map();
  files.forEach((file, i) => {
    const json = JSON.parse(fs.readFileSync(path.join(folder, file), "utf8"));
    const isView = json.type === "home" || json.type === "modal";
    const type = isView ? "HomeView | ModalView" : "{ text: string; blocks: KnownBlock[] }";
    where.set(lines.length + 1, file);
    lines.push(`export const payload${i}: ${type} = ${JSON.stringify(json)};`);
  });
  fs.writeFileSync(path.join(work, "payloads.ts"), lines.join("\n") + "\n");
  fs.writeFileSync(path.join(work, "tsconfig.json"), JSON.stringify({
    compilerOptions: {
      strict: true, noEmit: true, target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext",
      skipLibCheck: true, typeRoots: [], types: [], baseUrl: here, paths: { "@slack/types": [path.join(here, "node_modules/@slack/types")] },
    },
    files: ["payloads.ts"],
  }));

  const tsc = require.resolve("typescript/bin/tsc");
  const run = spawnSync(process.execPath, [tsc, "-p", work, "--pretty", "false"], { encoding: "utf8" });
  const output = `${run.stdout}${run.stderr}`;
  const failed = new Map();
  for (const line of output.split("\n")) {
    const match = /payloads\.ts\((\d+),\d+\): (.*)$/.exec(line);
    if (match) {
      const file = where.get(Number(match[1])) ?? `line ${match[1]}`;
      failed.set(file, [...(failed.get(file) ?? []), match[2]]);
    } else if (line.trim() && run.status !== 0 && !failed.size) {
      console.log(line);
    }
  }

  for (const file of files) {
    if (failed.has(file)) {
      console.log(`FAIL ${file}`);
      for (const problem of failed.get(file)) console.log(`     ${problem}`);
    } else {
      console.log(`ok   ${file}`);
    }
  }

  const version = require("@slack/types/package.json").version;
  console.log(`${files.length - failed.size} of ${files.length} payloads valid (@slack/types ${version}, typescript ${require("typescript/package.json").version})`);
  status = run.status === 0 ? 0 : 1;
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
process.exit(status);
