// The schedule's graph. Each task is a node; a summary task is two nodes: its entry (where links
// into it and its constraints arrive, and pass down to its children) and its roll-up (the span of
// its children, where links out of it leave). Children hang between the two, so links to and from
// summary tasks behave as MS Project treats them, and the whole graph stays acyclic unless the
// plan itself has a loop.
import type { LinkInput, ScheduleInput } from './schedule-types.ts';

export interface Network {
  /** Number of tasks (active, in input order); node t is task t (or its entry), node n + t its roll-up. */
  readonly n: number;
  readonly parent: Int32Array;
  readonly isSummary: Uint8Array;
  /** Children of each task, in outline order. */
  readonly children: ReadonlyArray<ReadonlyArray<number>>;
  /** Forward edges in CSR form: for node u, targets edgeTo[edgeStart[u] … edgeStart[u+1]) with link index (-1: hierarchy). */
  readonly edgeStart: Int32Array;
  readonly edgeTo: Int32Array;
  readonly edgeLink: Int32Array;
  /** Backward edges (predecessors) in CSR form. */
  readonly inStart: Int32Array;
  readonly inFrom: Int32Array;
  readonly inLink: Int32Array;
  /** The links between active tasks, by link index, with their predecessor and successor tasks. */
  readonly links: ReadonlyArray<LinkInput>;
  readonly linkPred: Int32Array;
  readonly linkSucc: Int32Array;
  /** Node order in which every edge goes forward, or the nodes of a cycle. */
  readonly order: Int32Array | null;
  readonly cycle: ReadonlyArray<number> | null;
}

/** Node where links out of task t leave, and where links into it arrive. */
export const outNode = (net: Pick<Network, 'n' | 'isSummary'>, t: number): number => (net.isSummary[t] ? net.n + t : t);
export const inNode = (_net: Pick<Network, 'n'>, t: number): number => t;

export function buildNetwork(input: ScheduleInput, tasks: ScheduleInput['tasks']): Network {
  const n = tasks.length;
  const index = new Map<number, number>();
  tasks.forEach((t, i) => index.set(t.uid, i));

  const parent = new Int32Array(n).fill(-1);
  const isSummary = new Uint8Array(n);
  const children: number[][] = Array.from({ length: n }, () => []);
  const stack: number[] = [];
  for (let i = 0; i < n; i++) {
    const level = Math.max(1, tasks[i]!.outlineLevel);
    while (stack.length >= level) stack.pop();
    const p = stack.length > 0 ? stack[stack.length - 1]! : -1;
    parent[i] = p;
    if (p >= 0) {
      children[p]!.push(i);
      isSummary[p] = 1;
    }
    stack.push(i);
  }

  const links: LinkInput[] = [];
  const linkPred: number[] = [];
  const linkSucc: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const via: number[] = [];
  const net = { n, isSummary };
  for (const link of input.links) {
    const p = index.get(link.predecessorUid);
    const s = index.get(link.successorUid);
    if (p === undefined || s === undefined || p === s) continue;
    const li = linkPred.length;
    links.push(link);
    linkPred.push(p);
    linkSucc.push(s);
    from.push(outNode(net, p));
    to.push(inNode(net, s));
    via.push(li);
  }
  for (let c = 0; c < n; c++) {
    const p = parent[c]!;
    if (p < 0) continue;
    from.push(p, outNode(net, c));
    to.push(inNode(net, c), n + p);
    via.push(-1, -1);
  }

  const nodes = 2 * n;
  const csr = (src: number[], dst: number[]) => {
    const start = new Int32Array(nodes + 1);
    for (const u of src) start[u + 1]!++;
    for (let u = 0; u < nodes; u++) start[u + 1]! += start[u]!;
    const fill = start.slice(0, nodes);
    const target = new Int32Array(src.length);
    const link = new Int32Array(src.length);
    for (let e = 0; e < src.length; e++) {
      const slot = fill[src[e]!]!++;
      target[slot] = dst[e]!;
      link[slot] = via[e]!;
    }
    return { start, target, link };
  };
  const forward = csr(from, to);
  const backward = csr(to, from);

  // Kahn's algorithm over the nodes that exist (a leaf has no roll-up node).
  const exists = (u: number) => u < n || isSummary[u - n] === 1;
  const indegree = new Int32Array(nodes);
  for (const v of to) indegree[v]!++;
  const order = new Int32Array(nodes);
  let head = 0;
  let tail = 0;
  let count = 0;
  for (let u = 0; u < nodes; u++) {
    if (!exists(u)) continue;
    count++;
    if (indegree[u] === 0) order[tail++] = u;
  }
  while (head < tail) {
    const u = order[head++]!;
    for (let e = forward.start[u]!; e < forward.start[u + 1]!; e++) {
      const v = forward.target[e]!;
      if (--indegree[v]! === 0) order[tail++] = v;
    }
  }
  const base = {
    n, parent, isSummary, children,
    edgeStart: forward.start, edgeTo: forward.target, edgeLink: forward.link,
    inStart: backward.start, inFrom: backward.target, inLink: backward.link,
    links, linkPred: Int32Array.from(linkPred), linkSucc: Int32Array.from(linkSucc),
  };
  if (tail === count) return { ...base, order: order.slice(0, tail), cycle: null };
  return { ...base, order: null, cycle: findCycle(nodes, indegree, forward.start, forward.target, n) };
}

/** A cycle among the nodes Kahn's algorithm could not order, as task indexes in link order. */
function findCycle(nodes: number, indegree: Int32Array, start: Int32Array, target: Int32Array, n: number): number[] {
  const state = new Uint8Array(nodes); // 0 unseen, 1 on stack, 2 done
  const parentOf = new Int32Array(nodes).fill(-1);
  for (let root = 0; root < nodes; root++) {
    if (indegree[root] === 0 || state[root] !== 0) continue;
    const stack: Array<[number, number]> = [[root, start[root]!]];
    state[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const [u, e] = top;
      if (e >= start[u + 1]!) {
        state[u] = 2;
        stack.pop();
        continue;
      }
      top[1] = e + 1;
      const v = target[e]!;
      if (indegree[v] === 0) continue;
      if (state[v] === 1) {
        const cycle: number[] = [v];
        for (let w = u; w !== v && w >= 0; w = parentOf[w]!) cycle.push(w);
        const tasks = cycle.reverse().map((node) => (node >= n ? node - n : node));
        return tasks.filter((t, i) => i === 0 || t !== tasks[i - 1]);
      }
      if (state[v] === 0) {
        state[v] = 1;
        parentOf[v] = u;
        stack.push([v, start[v]!]);
      }
    }
  }
  return [];
}
