// Differential conformance: graphql-js (the reference) against the SystemGraph engine, through the probe
// (probe/, one process for the whole batch, JSON lines on stdin / stdout). For each (schema, document) pair it
// compares parse success and the first error's line:column; validity and the set of validation error
// locations (messages are counted as a statistic, not required); and, for valid documents, the full execution
// result under one deterministic resolver rule both sides follow. Each schema's introspection through the
// engine must also rebuild, with buildClientSchema, to the same printSchema as graphql-js's buildSchema. SDL
// documents (corpus/sdl.mjs) are built by both: success, or the same schema error messages.
//
// Usage: node run.mjs [--seed N] [--per-schema N]    PROBE=path/to/probe.dll overrides the probe location.
// Exit code 1 on any disagreement. The last line is always "N passed, M failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildClientSchema, buildSchema, execute, subscribe, getNamedType, isAbstractType, isEnumType, isListType, isNonNullType,
  isObjectType, Kind, OperationTypeNode, parse, printSchema, validate, validateSchema,
} from 'graphql';
import { documents as exampleDocs } from './corpus/validation-example.mjs';
import { documents as libraryDocs } from './corpus/library.mjs';
import { documents as apiDocs } from './corpus/api.mjs';
import { mutate } from './corpus/mutations.mjs';
import { sdlDocuments } from './corpus/sdl.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const seed = arg('--seed', 20211026);
// Hand-written plus generated documents per schema and run.
const perSchema = arg('--per-schema', 520);

// ---- the probe (built by run-ci.sh; see README.md)
function probePath() {
  if (process.env.PROBE) return process.env.PROBE;
  const candidates = [here('./probe/bin/Release/net10.0/SystemGraph.Conformance.Probe.dll'),
    '/tmp/art-conf/bin/SystemGraph.Conformance.Probe/release/SystemGraph.Conformance.Probe.dll'];
  // The most recently built of them, so a stale build never answers for a fresh one.
  const dll = candidates.filter((p) => existsSync(p)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (!dll) throw new Error(`probe not built; tried ${candidates.join(', ')} (dotnet build probe -c Release)`);
  return dll;
}
const probe = probePath();

// The API's served schema (contract + generated convention types + extensions), as the engine builds it.
function apiSdl() {
  const run = spawnSync('dotnet', [probe, '--print-api-sdl'], { maxBuffer: 1 << 26, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`probe --print-api-sdl exited ${run.status}: ${run.stderr}`);
  return run.stdout;
}

// ---- schemas and corpus
const schemaSdl = {
  example: readFileSync(here('./schemas/validation-example.graphql'), 'utf8'),
  library: readFileSync(here('./schemas/library.graphql'), 'utf8'),
  api: apiSdl(),
};
const jsSchemas = Object.fromEntries(Object.entries(schemaSdl).map(([k, sdl]) => [k, buildSchema(sdl)]));
const corpora = { example: exampleDocs, library: libraryDocs, api: apiDocs };

const cases = [];
for (const [schema, docs] of Object.entries(corpora)) {
  const queryType = jsSchemas[schema].getQueryType().name;
  docs.forEach((text, i) => cases.push({ id: `${schema}/hand/${i}`, schema, query: text }));
  const perDocument = Math.ceil((perSchema - docs.length) / docs.length) + 1;
  mutate(docs, { seed: seed + schema.length, perDocument, queryType })
    .slice(0, Math.max(0, perSchema - docs.length))
    .forEach((m, i) => cases.push({ id: `${schema}/${m.kind}/${i}`, schema, query: m.text }));
}

// ---- the deterministic resolver rule (the probe's MockResolvers.cs implements the same)
function mockValue(type, parent, field) {
  if (isNonNullType(type)) return mockValue(type.ofType, parent, field);
  if (isListType(type)) return [mockValue(type.ofType, parent, field), mockValue(type.ofType, parent, field)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isObjectType(type) || isAbstractType(type)) return {};
  switch (type.name) {
    case 'ID': return `id-${field}`;
    case 'Int': return field.length;
    case 'Float': return 1.5;
    case 'Boolean': return true;
    case 'Date': return '2022-07-01';
    case 'DateTime': return '2022-07-01T00:00:00Z';
    default: return `${parent}.${field}`;
  }
}
const fieldResolver = (_source, _args, _ctx, info) => mockValue(info.returnType, info.parentType.name, info.fieldName);
const typeResolver = (_value, _ctx, info, abstractType) =>
  info.schema.getPossibleTypes(abstractType).map((t) => t.name).sort()[0];

function reference(c) {
  const schema = jsSchemas[c.schema];
  let document;
  try {
    document = parse(c.query);
  } catch (e) {
    const loc = e.locations?.[0];
    return { parse: { ok: false, line: loc?.line, column: loc?.column, message: e.message } };
  }
  const errors = validate(schema, document).map((e) => ({
    message: e.message,
    locations: (e.locations ?? []).map((l) => `${l.line}:${l.column}`),
  }));
  const out = { parse: { ok: true }, errors };
  if (errors.length === 0 && c.execute) {
    const result = execute({ schema, document, fieldResolver, typeResolver });
    if (typeof result.then === 'function') throw new Error('mock resolvers are synchronous');
    out.result = JSON.parse(JSON.stringify(result));
  }
  if (errors.length === 0 && c.subscribe) out.subscribe = true;
  return out;
}

// Subscriptions (§6.2.3): every Subscription field's source stream yields two events (the probe's mock does the
// same); graphql-js's subscribe gives the reference: the response events, or the error result when no stream exists.
async function* twoEvents() {
  yield {};
  yield {};
}
const subscribeFieldResolver = () => twoEvents();
async function referenceSubscribe(c) {
  const schema = jsSchemas[c.schema];
  const outcome = await subscribe({ schema, document: parse(c.query), fieldResolver, typeResolver, subscribeFieldResolver });
  if (typeof outcome[Symbol.asyncIterator] !== 'function') return { error: JSON.parse(JSON.stringify(outcome)) };
  const events = [];
  for await (const event of outcome) events.push(JSON.parse(JSON.stringify(event)));
  return { events };
}

// Execute (when valid) documents without subscriptions and without required variables: no variables are supplied.
function executable(text) {
  let document;
  try {
    document = parse(text);
  } catch {
    return false;
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  return operations.every((op) => op.operation !== OperationTypeNode.SUBSCRIPTION &&
    (op.variableDefinitions ?? []).every((v) => v.type.kind !== Kind.NON_NULL_TYPE || v.defaultValue));
}
for (const c of cases) c.execute = executable(c.query);

// Subscribe (when valid) documents whose operations are all subscriptions, without required variables.
function subscribable(text) {
  let document;
  try {
    document = parse(text);
  } catch {
    return false;
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  return operations.length === 1 && operations[0].operation === OperationTypeNode.SUBSCRIPTION &&
    (operations[0].variableDefinitions ?? []).every((v) => v.type.kind !== Kind.NON_NULL_TYPE || v.defaultValue);
}
for (const c of cases) c.subscribe = subscribable(c.query);

// ---- the engine, through the probe
// Schema building: graphql-js builds (checking the SDL first) and validates; the engine builds, which does both.
const sdlCases = sdlDocuments.map((sdl, i) => ({ id: `sdl/${i}`, sdl }));
function referenceSdl(sdl) {
  try {
    const errors = validateSchema(buildSchema(sdl));
    return errors.length ? { ok: false, messages: errors.map((e) => e.message) } : { ok: true };
  } catch (e) {
    return { ok: false, messages: e.message.split('\n\n') };
  }
}

function runProbe() {
  const input = [JSON.stringify({ schemas: schemaSdl }), ...cases.map((c) => JSON.stringify(c)), ...sdlCases.map((c) => JSON.stringify(c))].join('\n') + '\n';
  const run = spawnSync('dotnet', [probe], { input, maxBuffer: 1 << 30, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`probe exited ${run.status}: ${run.stderr}`);
  return new Map(run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((a) => [a.id, a]));
}

const answers = runProbe();
const failures = [];
let passed = 0;
const messageMismatches = []; // not failures: a statistic, summarised below
const stats = { parseErrors: 0, invalid: 0, executed: 0, subscribed: 0, messagesCompared: 0, messagesIdentical: 0 };

const locationSet = (errors) => [...new Set(errors.flatMap((e) => e.locations))].sort().join(' ');
const messages = (errors) => errors.map((e) => e.message).sort().join('\n');

// The engine adds extensions.code to every error (Hot Chocolate's convention); graphql-js adds none.
function withoutErrorCodes(result) {
  if (!result?.errors) return result;
  const errors = result.errors.map(({ extensions, ...rest }) => {
    const { code, ...others } = extensions ?? {};
    return Object.keys(others).length ? { ...rest, extensions: others } : rest;
  });
  return { ...result, errors };
}

function compare(c, ref, eng) {
  if (!eng) return 'no answer from the probe';
  if (ref.parse.ok !== eng.parse.ok) {
    return `parse: graphql-js ${ref.parse.ok ? 'accepts' : `rejects (${ref.parse.message})`}, engine ${eng.parse.ok ? 'accepts' : `rejects (${eng.parse.message})`}`;
  }
  if (!ref.parse.ok) {
    stats.parseErrors++;
    if (ref.parse.line !== eng.parse.line || ref.parse.column !== eng.parse.column) {
      return `parse error location: graphql-js ${ref.parse.line}:${ref.parse.column} (${ref.parse.message}), engine ${eng.parse.line}:${eng.parse.column} (${eng.parse.message})`;
    }
    return null;
  }
  const engErrors = eng.errors ?? [];
  if ((ref.errors.length === 0) !== (engErrors.length === 0) || locationSet(ref.errors) !== locationSet(engErrors)) {
    return `validation:\n  graphql-js: ${JSON.stringify(ref.errors)}\n  engine:     ${JSON.stringify(engErrors)}`;
  }
  if (ref.errors.length) {
    stats.invalid++;
    stats.messagesCompared++;
    if (messages(ref.errors) === messages(engErrors)) stats.messagesIdentical++;
    else messageMismatches.push({ id: c.id, query: c.query, ref: messages(ref.errors), eng: messages(engErrors) });
    return null;
  }
  if (c.subscribe && ref.stream) {
    stats.subscribed++;
    const a = JSON.stringify(ref.stream);
    const b = JSON.stringify(eng.stream?.events ? { events: eng.stream.events.map(withoutErrorCodes) } : { error: withoutErrorCodes(eng.stream?.error) });
    if (a !== b) return `subscription stream differs:\n  graphql-js: ${a.slice(0, 400)}\n  engine:     ${b.slice(0, 400)}`;
  }
  if (c.execute) {
    stats.executed++;
    const a = JSON.stringify(ref.result);
    const b = JSON.stringify(withoutErrorCodes(eng.result));
    if (a !== b) {
      let i = 0;
      while (a[i] === b[i]) i++;
      const from = Math.max(0, i - 60);
      return `execution result differs at character ${i}:\n  graphql-js: ...${a.slice(from, i + 100)}\n  engine:     ...${b.slice(from, i + 100)}`;
    }
  }
  return null;
}

for (const c of cases) {
  const ref = reference(c);
  if (ref.subscribe) ref.stream = await referenceSubscribe(c);
  const problem = compare(c, ref, answers.get(c.id));
  if (problem) failures.push({ id: c.id, query: c.query, problem });
  else passed++;
}

// Schema building agrees: success, or the same set of messages.
for (const c of sdlCases) {
  const ref = referenceSdl(c.sdl);
  const eng = answers.get(c.id)?.sdl;
  const same = eng && ref.ok === eng.ok && [...(ref.messages ?? [])].sort().join('\n') === [...(eng.messages ?? [])].sort().join('\n');
  if (same) passed++;
  else failures.push({ id: c.id, query: c.sdl, problem: `schema building:\n  graphql-js: ${JSON.stringify(ref)}\n  engine:     ${JSON.stringify(eng)}` });
}

// Introspection round trip, one pair per schema.
for (const [name, sdl] of Object.entries(schemaSdl)) {
  const answer = answers.get(`introspection:${name}`);
  let problem = null;
  try {
    if (!answer?.result?.data) throw new Error(`no data: ${JSON.stringify(answer?.result?.errors ?? answer)}`);
    const ours = printSchema(buildClientSchema(answer.result.data));
    const theirs = printSchema(buildSchema(sdl));
    if (ours !== theirs) {
      const a = ours.split('\n');
      const b = theirs.split('\n');
      const i = a.findIndex((l, k) => l !== b[k]);
      problem = `introspection printSchema differs at line ${i + 1}: engine "${a[i]}", graphql-js "${b[i]}"`;
    }
  } catch (e) {
    problem = `introspection: ${e.message}`;
  }
  if (problem) failures.push({ id: `introspection:${name}`, query: '(standard introspection query)', problem });
  else passed++;
}

console.log(`graphql-js ${(await import('graphql')).version}, seed ${seed}, ${cases.length} documents over ${Object.keys(schemaSdl).length} schemas`);
console.log(`parse errors agreed: ${stats.parseErrors}; invalid documents agreed: ${stats.invalid} ` +
  `(messages identical on ${stats.messagesIdentical}/${stats.messagesCompared}); executions compared: ${stats.executed}; subscriptions compared: ${stats.subscribed}`);
if (messageMismatches.length) {
  console.log(`\nvalidation messages that differ (same locations; not failures), first 10 of ${messageMismatches.length}:`);
  for (const m of messageMismatches.slice(0, 10)) {
    console.log(`  ${m.id}: ${m.query.replace(/\s+/g, ' ').slice(0, 120)}`);
    console.log(`    graphql-js: ${m.ref.replace(/\n/g, ' | ')}\n    engine:     ${m.eng.replace(/\n/g, ' | ')}`);
  }
}
if (failures.length) console.log(`\ndisagreements: ${failures.length}${failures.length > 30 ? ' (first 30 shown)' : ''}`);
for (const f of failures.slice(0, 30)) {
  console.log(`\n--- ${f.id}\n${f.query}\n${f.problem}`);
}
if (failures.length > 30) console.log(`\n... and ${failures.length - 30} more`);
console.log(`${passed} passed, ${failures.length} failed`);
process.exitCode = failures.length ? 1 : 0;
