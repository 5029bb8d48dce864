// SDL documents for the schema-building comparison: valid schemas, and misuses of directives (§3.13) that a
// builder must refuse before building (unknown directive, wrong location, repeated non-repeatable directive, also
// across a type's extensions, unknown or missing arguments). Each is built by graphql-js (buildSchema, then
// validateSchema) and by the engine (SchemaBuilder.BuildFromSdl); they must agree on success and on the messages.
const base = 'type Query { a: String }\n';

export const sdlDocuments = [
  // Valid
  base,
  base + 'directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION\ntype T @tag(name: "a") @tag(name: "b") { f: Int @tag(name: "c") }',
  base + 'type T { old: String @deprecated(reason: "use new") new: String }',
  base + 'scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")',
  base + 'input Pick @oneOf { a: Int b: String }',
  base + 'directive @auth(role: String = "reader") on FIELD_DEFINITION | OBJECT\ntype T @auth { f: Int @auth(role: "editor") }\nextend type T { g: Int }',
  base + 'directive @onArg on ARGUMENT_DEFINITION\ndirective @onDef(x: Int @onArg) on ENUM_VALUE\nenum E { A @onDef B }',
  'schema @onSchema { query: Query }\ndirective @onSchema on SCHEMA\n' + base,
  base + 'enum E { A @deprecated B }\ninput I { x: Int @deprecated(reason: "gone") }',

  // Unknown directives
  base + 'type T @unknown { f: Int }',
  base + 'type T { f: Int @nope(x: 1) }',
  base + 'enum E { A @missing }',
  base + 'extend type Query @alsoMissing',

  // Wrong locations
  base + 'type T @deprecated { f: Int }',
  base + 'type T { f(a: Int @specifiedBy(url: "x")): Int }',
  base + 'directive @onField on FIELD\ntype T { f: Int @onField }',
  base + 'input I @include(if: true) { x: Int }',
  base + 'scalar S @oneOf',
  'schema @deprecated { query: Query }\n' + base,

  // Repeated where not repeatable, including across a definition and its extensions
  base + 'type T { f: String @deprecated @deprecated }',
  base + 'directive @once on OBJECT\ntype T @once @once { f: Int }',
  base + 'directive @once on OBJECT\ntype T @once { f: Int }\nextend type T @once',
  base + 'directive @once on OBJECT | INTERFACE\ninterface I @once { f: Int }\nextend interface I @once\nextend interface I @once',
  'directive @s on SCHEMA\nschema @s { query: Query }\nextend schema @s\n' + base,

  // Arguments
  base + 'type T { f: Int @deprecated(why: "x") }',
  base + 'directive @need(level: Int!) on OBJECT\ntype T @need { f: Int }',
  base + 'directive @need(level: Int!, label: String!) on OBJECT\ntype T @need(other: 1) { f: Int }',
  base + 'scalar Url @specifiedBy',
  base + 'directive @opt(level: Int! = 1) on OBJECT\ntype T @opt { f: Int }',

  // Several problems at once
  base + 'type T @deprecated @unknown { f: Int @deprecated(x: 1) @deprecated }',
];
