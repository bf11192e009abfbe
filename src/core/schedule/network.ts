// The schedule's graph. Each task is a node; a summary task is two nodes: its entry (where links
// into it and its constraints arrive, and pass down to its children) and its roll-up (the span of
// its children, where links out of it leave). Children hang between the two, so links to and from
// summary tasks behave as MS Project treats them, and the whole graph stays acyclic unless the
// plan itself has a loop.
//
// Everything is flat typed arrays (the passes run over millions of links): each link's tasks,
// type and lag (read in one pass over the input's links), the links per task in CSR form, the
// children per summary likewise, and a topological order of the nodes. Roll-up nodes exist only
// for summaries (node n + r for the r-th). The edges of the hierarchy (entry → child → roll-up)
// are implied by `parent` and the children rather than stored; only when the plan has a loop is
// the full edge list built, to name the loop as the engine always has.
import type { ScheduleInput } from './schedule-types.ts';
import { lagOf as lagOfLink, typeCode as typeCodeOf, type LinkTable, type TaskTable } from './pass-tables.ts';

// Module-level copies, called once per link (see pass-tables.ts).
const lagOf = lagOfLink;
const typeCode = typeCodeOf;

export interface Network {
  /** Number of tasks (active, in input order): node t is task t (or a summary's entry). */
  readonly n: number;
  /** Summary tasks, in input order: node n + r is the roll-up of summary summaries[r]. */
  readonly summaries: Int32Array;
  /** Per task, the node its links leave from and its early dates are read at: t, or its roll-up. */
  readonly outOf: Int32Array;
  readonly parent: Int32Array;
  readonly isSummary: Uint8Array;
  /** Children of task t, in outline order: childList[childStart[t] … childStart[t+1]). */
  readonly childStart: Int32Array;
  readonly childList: Int32Array;
  /** The links between active tasks, by link index (in input order): their predecessor and successor tasks … */
  readonly linkPred: Int32Array;
  readonly linkSucc: Int32Array;
  /** … and their type, lag and flags. */
  readonly link: LinkTable;
  /** Per task, the links into it (as successor), in link order: inLinks[inStart[t] … inStart[t+1]). */
  readonly inStart: Int32Array;
  readonly inLinks: Int32Array;
  /** Per task, the links out of it (as predecessor), in link order. */
  readonly outStart: Int32Array;
  readonly outLinks: Int32Array;
  /** Node order in which every edge goes forward, or the tasks of a cycle. */
  readonly order: Int32Array | null;
  readonly cycle: ReadonlyArray<number> | null;
}

/** uid → task index (last task wins), or -1: through the dense table when there is one, else through `byUid`. */
function taskIndex(uid: number, dense: Int32Array | null, byUid: ReadonlyMap<number, number> | null): number {
  if (dense) return Number.isInteger(uid) && uid >= 0 && uid < dense.length ? dense[uid]! : -1;
  return byUid!.get(uid) ?? -1;
}

/** Counts per key → CSR offsets (length keys + 1). */
function offsets(keys: Int32Array, count: number, size: number): Int32Array {
  const start = new Int32Array(size + 1);
  for (let e = 0; e < count; e++) start[keys[e]! + 1]!++;
  for (let u = 0; u < size; u++) start[u + 1]! += start[u]!;
  return start;
}

/** Items 0 … count-1 grouped by key, each group in item order (`start` is used as the cursor, then restored). */
function groupBy(keys: Int32Array, count: number, start: Int32Array): Int32Array {
  const items = new Int32Array(count);
  for (let e = 0; e < count; e++) items[start[keys[e]!]!++] = e;
  for (let u = start.length - 1; u > 0; u--) start[u] = start[u - 1]!;
  start[0] = 0;
  return items;
}

type Outline = Pick<Network, 'summaries' | 'outOf' | 'parent' | 'isSummary' | 'childStart' | 'childList'>;

/** Children, summaries and roll-up nodes from the parents. */
function outline(parent: Int32Array): Outline {
  const n = parent.length;
  const isSummary = new Uint8Array(n);
  let childCount = 0;
  for (let i = 0; i < n; i++) {
    if (parent[i]! < 0) continue;
    isSummary[parent[i]!] = 1;
    childCount++;
  }
  const children = new Int32Array(childCount);
  const childOf = new Int32Array(childCount);
  for (let i = 0, k = 0; i < n; i++) {
    if (parent[i]! < 0) continue;
    childOf[k] = parent[i]!;
    children[k++] = i;
  }
  const childStart = offsets(childOf, childCount, n);
  const childList = groupBy(childOf, childCount, childStart);
  for (let k = 0; k < childCount; k++) childList[k] = children[childList[k]!]!;
  let summaryCount = 0;
  for (let t = 0; t < n; t++) summaryCount += isSummary[t]!;
  const summaries = new Int32Array(summaryCount);
  const outOf = new Int32Array(n);
  for (let t = 0, r = 0; t < n; t++) {
    if (isSummary[t]) {
      summaries[r] = t;
      outOf[t] = n + r++;
    } else outOf[t] = t;
  }
  return { summaries, outOf, parent, isSummary, childStart, childList };
}

export function buildNetwork(input: ScheduleInput, table: TaskTable): Network {
  const n = table.tasks.length;
  const dense = table.uidIndex;
  const byUid = dense ? null : new Map(table.tasks.map((t, i) => [t.uid, i]));
  const tree = outline(table.parent);

  // One pass over the links: which join two active tasks, and their facts.
  const all = input.links;
  const pred = new Int32Array(all.length);
  const succ = new Int32Array(all.length);
  const type = new Uint8Array(all.length);
  const lag = new Float64Array(all.length);
  const elapsed = new Uint8Array(all.length);
  let count = 0;
  for (let i = 0; i < all.length; i++) {
    const link = all[i]!;
    const p = taskIndex(link.predecessorUid, dense, byUid);
    const s = taskIndex(link.successorUid, dense, byUid);
    if (p < 0 || s < 0 || p === s) continue;
    pred[count] = p;
    succ[count] = s;
    type[count] = typeCode(link.type);
    lag[count] = lagOf(link, table.tasks[p]!);
    elapsed[count++] = link.lagElapsed ? 1 : 0;
  }
  // Views, not copies: these arrays are large.
  const linkPred = pred.subarray(0, count);
  const linkSucc = succ.subarray(0, count);
  const link = { type: type.subarray(0, count), lag: lag.subarray(0, count), elapsed: elapsed.subarray(0, count) };
  const inStart = offsets(linkSucc, count, n);
  const outStart = offsets(linkPred, count, n);
  const graph = {
    n, summaries: tree.summaries, outOf: tree.outOf, parent: tree.parent, isSummary: tree.isSummary, childStart: tree.childStart, childList: tree.childList,
    linkPred, linkSucc, link, inStart, inLinks: groupBy(linkSucc, count, inStart), outStart, outLinks: groupBy(linkPred, count, outStart),
  };
  const order = topologicalOrder(graph);
  return network(graph, order, order ? null : findCycle(graph));
}

/**
 * The network as one literal with every field, no spreads: every network then has the same hidden
 * class, and the passes stay optimised from one plan to the next.
 */
function network(g: Graph, order: Int32Array | null, cycle: ReadonlyArray<number> | null): Network {
  return {
    n: g.n, summaries: g.summaries, outOf: g.outOf, parent: g.parent, isSummary: g.isSummary, childStart: g.childStart, childList: g.childList,
    linkPred: g.linkPred, linkSucc: g.linkSucc, link: g.link, inStart: g.inStart, inLinks: g.inLinks, outStart: g.outStart, outLinks: g.outLinks,
    order, cycle,
  };
}

type Graph = Omit<Network, 'order' | 'cycle'>;

/**
 * Kahn's algorithm over the nodes, with the edges of the graph: link p → s leaves p's out node
 * and enters node s; a summary's entry leads to each child, and each child's out node to the
 * summary's roll-up. Null when the graph has a cycle.
 */
function topologicalOrder(g: Graph): Int32Array | null {
  const { n, summaries, outOf, parent, isSummary, childStart, childList, inStart, outStart, outLinks, linkSucc } = g;
  const count = n + summaries.length;
  const indegree = new Int32Array(count);
  for (let t = 0; t < n; t++) indegree[t] = inStart[t + 1]! - inStart[t]! + (parent[t]! >= 0 ? 1 : 0);
  for (let r = 0; r < summaries.length; r++) indegree[n + r] = childStart[summaries[r]! + 1]! - childStart[summaries[r]!]!;
  const order = new Int32Array(count);
  let tail = 0;
  for (let t = 0; t < n; t++) if (indegree[t] === 0) order[tail++] = t;
  for (let head = 0; head < tail; head++) {
    const u = order[head]!;
    if (u < n && isSummary[u]) {
      for (let k = childStart[u]!; k < childStart[u + 1]!; k++) if (--indegree[childList[k]!]! === 0) order[tail++] = childList[k]!;
      continue;
    }
    const t = u < n ? u : summaries[u - n]!;
    for (let k = outStart[t]!; k < outStart[t + 1]!; k++) {
      const v = linkSucc[outLinks[k]!]!;
      if (--indegree[v]! === 0) order[tail++] = v;
    }
    const p = parent[t]!;
    if (p >= 0 && --indegree[outOf[p]!]! === 0) order[tail++] = outOf[p]!;
  }
  return tail === count ? order : null;
}

/**
 * A cycle, as task indexes in link order. Only for plans with a loop, so it spells out the full
 * edge list (links first, then the hierarchy, as the nodes' edges were always ordered; here the
 * roll-up of summary t is node n + t) and walks it depth first from the nodes Kahn's algorithm
 * could not order, exactly as the engine always has, so that it names the same loop.
 */
function findCycle(g: Graph): number[] {
  const { n, parent, isSummary, linkPred, linkSucc } = g;
  const out = (t: number): number => (isSummary[t] ? n + t : t);
  const from: number[] = [];
  const to: number[] = [];
  for (let m = 0; m < linkPred.length; m++) {
    from.push(out(linkPred[m]!));
    to.push(linkSucc[m]!);
  }
  for (let c = 0; c < n; c++) {
    const p = parent[c]!;
    if (p < 0) continue;
    from.push(p, out(c));
    to.push(c, n + p);
  }
  const nodes = 2 * n;
  const start = new Int32Array(nodes + 1);
  for (const u of from) start[u + 1]!++;
  for (let u = 0; u < nodes; u++) start[u + 1]! += start[u]!;
  const fill = start.slice(0, nodes);
  const target = new Int32Array(from.length);
  for (let e = 0; e < from.length; e++) target[fill[from[e]!]!++] = to[e]!;
  const indegree = new Int32Array(nodes);
  for (const v of to) indegree[v]!++;
  const queue: number[] = [];
  for (let u = 0; u < nodes; u++) if ((u < n || isSummary[u - n] === 1) && indegree[u] === 0) queue.push(u);
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head]!;
    for (let e = start[u]!; e < start[u + 1]!; e++) if (--indegree[target[e]!]! === 0) queue.push(target[e]!);
  }
  return depthFirstCycle(nodes, indegree, start, target, n);
}

function depthFirstCycle(nodes: number, indegree: Int32Array, start: Int32Array, target: Int32Array, n: number): number[] {
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
