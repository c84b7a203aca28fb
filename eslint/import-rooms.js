// The house rule: imports go one way. Each folder under src/ is a room, and a room may import only
// the rooms named for it below (and itself); domain/ and text/ are below everything. The flow is
// load -> assemble -> score -> (read) -> summarise -> render -> write, with commands/ wiring them
// and cli/ above the commands. docs/architecture.md explains each room. A wrong-way import fails
// `npm run lint` with both files named.
import { dirname, relative, resolve, sep } from 'node:path';

const ROOMS = {
  text: [],
  domain: ['text'],
  schema: ['domain', 'text'],
  statistics: ['domain', 'text'],
  load: ['schema', 'domain', 'text'],
  assemble: ['domain', 'text'],
  score: ['domain', 'text'],
  read: ['load', 'assemble', 'score', 'domain', 'text'],
  summarise: ['statistics', 'domain', 'text'],
  render: ['summarise', 'statistics', 'domain', 'text'],
  write: ['domain', 'text'],
  commands: ['read', 'load', 'summarise', 'render', 'write', 'statistics', 'schema', 'domain', 'text'],
  cli: ['commands', 'load', 'render', 'write', 'statistics', 'domain', 'text'],
  main: ['cli', 'write', 'domain', 'text'],
};

/** The room of a file under src/ (a file at the top of src/ is its own room: main.ts), or undefined. */
function roomOf(file, src) {
  const rel = relative(src, file);
  if (rel.startsWith('..') || rel === '') return undefined;
  const [first, ...rest] = rel.split(sep);
  return rest.length === 0 ? first.replace(/\.[cm]?[jt]s$/, '') : first;
}

export const importRooms = {
  meta: {
    type: 'problem',
    docs: { description: 'imports go one way between the folders of src/ (docs/architecture.md)' },
    schema: [],
    messages: {
      wrongWay: '{{from}}/ may not import {{to}}/ ({{target}}): {{from}}/ may import {{allowed}} (docs/architecture.md)',
      unknownRoom: 'src/{{room}} is not a room of the house: add it to eslint/import-rooms.js and docs/architecture.md',
    },
  },
  create(context) {
    const file = context.filename;
    const src = resolve(context.cwd, 'src');
    const from = roomOf(file, src);
    if (from === undefined) return {};
    const allowed = ROOMS[from];
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = resolve(dirname(file), source);
      const to = roomOf(target, src);
      if (to === undefined || to === from) return;
      if (!allowed) return context.report({ node, messageId: 'unknownRoom', data: { room: from } });
      if (!allowed.includes(to)) {
        context.report({
          node,
          messageId: 'wrongWay',
          data: { from, to, target: relative(context.cwd, target), allowed: allowed.length ? allowed.join(', ') : 'nothing' },
        });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};
