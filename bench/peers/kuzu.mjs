// Kuzu's runner for the peers benchmark (bench/peers/runner.hpp has the protocol):
//
//   node kuzu.mjs MODULE load DB CSVDIR
//       creates the database and COPYs the CSV files of `peers generate` into it; prints ingest_ms
//   node kuzu.mjs MODULE run DB SUBJECTS --statement ID
//   node kuzu.mjs MODULE run DB SUBJECTS --warm N [--budget S] [--rows DIR]
//
// MODULE is the installed npm package (build/bench-peers/node_modules/kuzu): never in the source
// tree. The statements are Cypher with the semantics query/README.md gives stancegraph's
// questions. Kuzu 0.11 cannot aggregate after a UNION, so a stance tally (claims said, united with
// stances reported without a claim) is one Cypher statement returning both parts' per-actor counts,
// added up here; everything else is one Cypher statement each.
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";

const [, , modulePath, command, ...rest] = process.argv;
const require = createRequire(import.meta.url);
const kuzu = require(path.resolve(modulePath));

function sortedList(items) {
  return (items ?? []).filter((s) => s !== null && s !== undefined && s !== "").sort().join("; ");
}
function row(fields) {
  return fields.map((f) => (f === null || f === undefined ? "" : String(f))).join("\t");
}
function canonical(rows) {
  // The same order as C++'s std::sort over std::string: bytewise.
  return rows.sort((a, b) => (Buffer.compare(Buffer.from(a), Buffer.from(b))));
}
const kindName = { Person: "person", Organisation: "organisation", Document: "document", Position: "position", Claim: "claim" };

// ---------------------------------------------------------------- load

// Kuzu's default buffer pool is 80 % of the machine's memory, and reserving it takes 1-2 s at every
// open; a user sizes it to the data: twice the database (at least 256 MiB) to query, four times
// the CSV files to load.
function bufferPool(bytes) {
  return Math.max(256 * 1024 * 1024, Math.ceil(bytes / (1 << 20)) * (1 << 20));
}

const kTables = {
  document: "Document", person: "Person", organisation: "Organisation", position: "Position", claim: "Claim",
};
const kRels = { says: "Says", supports: "Supports", opposes: "Opposes", about: "About", member_of: "MemberOf", in: "InDocument" };

async function load(db, csv) {
  const t0 = performance.now();
  let csvBytes = 0;
  for (const f of fs.readdirSync(csv)) csvBytes += fs.statSync(path.join(csv, f)).size;
  const database = new kuzu.Database(db, bufferPool(4 * csvBytes));
  const conn = new kuzu.Connection(database);
  const schema = [
    "CREATE NODE TABLE Document(id INT64 PRIMARY KEY, key STRING, name STRING, description STRING)",
    "CREATE NODE TABLE Person(id INT64 PRIMARY KEY, key STRING, name STRING)",
    "CREATE NODE TABLE Organisation(id INT64 PRIMARY KEY, key STRING, name STRING)",
    "CREATE NODE TABLE Position(id INT64 PRIMARY KEY, key STRING, name STRING, description STRING)",
    "CREATE NODE TABLE Claim(id INT64 PRIMARY KEY, key STRING, name STRING, kind STRING, comment BOOLEAN, " +
      "confidence DOUBLE, document INT64, span_start INT64, span_end INT64)",
    "CREATE REL TABLE Says(FROM Person TO Claim, FROM Organisation TO Claim, confidence DOUBLE)",
    "CREATE REL TABLE Supports(FROM Claim TO Position, FROM Person TO Position, FROM Organisation TO Position, confidence DOUBLE)",
    "CREATE REL TABLE Opposes(FROM Claim TO Position, FROM Person TO Position, FROM Organisation TO Position, confidence DOUBLE)",
    "CREATE REL TABLE About(FROM Claim TO Position, confidence DOUBLE)",
    "CREATE REL TABLE MemberOf(FROM Person TO Organisation, role STRING, confidence DOUBLE)",
    "CREATE REL TABLE InDocument(FROM Claim TO Document, confidence DOUBLE)",
  ];
  for (const s of schema) await conn.query(s);
  for (const t of Object.keys(kTables))
    await conn.query(`COPY ${kTables[t]} FROM '${path.join(csv, t + ".csv")}' (header=true)`);
  for (const f of fs.readdirSync(csv).sort()) {
    const m = f.match(/^([a-z_]+)-([a-z]+)-([a-z]+)\.csv$/);
    if (!m) continue;
    await conn.query(
      `COPY ${kRels[m[1]]} FROM '${path.join(csv, f)}' (from='${kTables[m[2]]}', to='${kTables[m[3]]}', header=true)`);
  }
  await conn.close();
  await database.close();
  console.log(`ingest_ms\t${(performance.now() - t0).toFixed(1)}`);
}

// ---------------------------------------------------------------- statements

// A stance tally: per actor (and per position when `byPosition`), claims for / against from the
// admitted claims it says (about counts for neither side but its document counts) and from the
// stances reported without a claim. `where` restricts the position p (and the actor a).
function tallyCypher(positionWhere, actorWhere, byPosition) {
  const keys = byPosition ? "p.id AS pid, a.id AS aid" : "a.id AS aid";
  const signs =
    "sum(CASE WHEN label(e) = 'Supports' THEN 1 ELSE 0 END) AS f, sum(CASE WHEN label(e) = 'Opposes' THEN 1 ELSE 0 END) AS ag";
  return `
MATCH (p:Position)<-[e:Supports|Opposes|About]-(c:Claim)<-[:Says]-(a)
WHERE ${positionWhere} AND c.comment = false ${actorWhere ? "AND " + actorWhere : ""}
RETURN ${keys}, ${signs}, count(DISTINCT c.document) AS docs
UNION ALL
MATCH (p:Position)<-[e:Supports|Opposes]-(a:Person:Organisation)
WHERE ${again(positionWhere)} ${actorWhere ? "AND " + again(actorWhere) : ""}
RETURN ${keys}, ${signs}, 0 AS docs`;
}
// Kuzu 0.11 crashes when both sides of a UNION use the same list parameter: the second side's
// parameters get their own names ($ps -> $ps_2), and tallyParams passes both.
function again(where) {
  return where.replace(/\$(\w+)/g, "$$$1_2");
}
function tallyParams(params) {
  const out = { ...params };
  for (const [k, v] of Object.entries(params)) out[`${k}_2`] = v;
  return out;
}

function addTallies(rows, byPosition) {
  const m = new Map();
  for (const r of rows) {
    const k = byPosition ? `${r.pid}:${r.aid}` : `${r.aid}`;
    const t = m.get(k);
    if (t) {
      t.f += Number(r.f);
      t.ag += Number(r.ag);
      t.docs += Number(r.docs);
    } else m.set(k, { pid: r.pid, aid: r.aid, f: Number(r.f), ag: Number(r.ag), docs: Number(r.docs) });
  }
  return [...m.values()];
}
function side(t) {
  if (t.f > t.ag) return "S";
  if (t.ag > t.f) return "O";
  return t.f > 0 ? "M" : null;
}

const kActors = `
MATCH (a:Person:Organisation) WHERE a.id IN $ids
OPTIONAL MATCH (a)-[:MemberOf]->(o:Organisation)
RETURN a.id AS aid, a.name AS name, label(a) AS kind, collect(o.name) AS orgs`;

class Session {
  constructor(db, subjects) {
    this.database = new kuzu.Database(db, bufferPool(2 * fs.statSync(db).size), true, true);  // read-only
    this.conn = new kuzu.Connection(this.database);
    this.s = subjects;
    this.prepared = new Map();
  }
  async open() {
    await (await this.conn.query("RETURN 1")).getAll();
  }
  async q(name, cypher, params = {}) {
    let ps = this.prepared.get(name);
    if (!ps) {
      ps = await this.conn.prepare(cypher);
      if (!ps.isSuccess()) throw new Error(`${name}: ${ps.getErrorMessage()}`);
      this.prepared.set(name, ps);
    }
    const r = await this.conn.execute(ps, params);
    return await r.getAll();
  }
  async actors(ids) {
    const m = new Map();
    for (const r of await this.q("actors", kActors, { ids })) m.set(String(r.aid), r);
    return m;
  }
  async whoStance(supports) {
    const tallies = addTallies(await this.q("tally-p", tallyCypher("p.name = $p", "", false), tallyParams({ p: this.s.position })), false);
    const kept = tallies.filter((t) => (supports ? t.f >= t.ag && t.f > 0 : t.ag >= t.f && t.ag > 0));
    const actors = await this.actors(kept.map((t) => t.aid));
    return kept.map((t) => {
      const a = actors.get(String(t.aid));
      return row([a.name, kindName[a.kind], sortedList(a.orgs), t.f, t.ag, t.docs]);
    });
  }
  async says() {
    const rows = await this.q("says", `
MATCH (x:Person:Organisation)-[:Says]->(c:Claim)-[:InDocument]->(d:Document)
WHERE x.name = $x AND c.comment = false
OPTIONAL MATCH (c)-[e:Supports|Opposes|About]->(q:Position)
RETURN c.id AS id, c.name AS quote, c.kind AS kind, d.name AS document,
       collect(concat(lower(label(e)), ' ', substring(q.key, 10, 1000))) AS positions`, { x: this.s.actor });
    return rows.map((r) => row([r.quote, r.kind, sortedList(r.positions), r.document]));
  }
  async agrees() {
    const [x] = await this.q("id", "MATCH (a:Person:Organisation) WHERE a.name = $x RETURN a.id AS id", { x: this.s.actor });
    const mine = new Map();
    for (const t of addTallies(await this.q("tally-x", tallyCypher("true", "a.id = $x", true), tallyParams({ x: x.id })), true))
      if (side(t)) mine.set(String(t.pid), side(t));
    const ps = [...mine.keys()].map(Number);
    const others = addTallies(
      await this.q("tally-others", tallyCypher("p.id IN $ps", "a.id <> $x", true), tallyParams({ ps, x: x.id })), true);
    const agreed = new Map();
    for (const t of others) {
      const theirs = side(t), m = mine.get(String(t.pid));
      if (!theirs || !(theirs === m || theirs === "M" || m === "M")) continue;
      if (!agreed.has(String(t.aid))) agreed.set(String(t.aid), []);
      agreed.get(String(t.aid)).push(t.pid);
    }
    const keys = await this.q("position-keys", "MATCH (p:Position) WHERE p.id IN $ps RETURN p.id AS id, p.key AS key", { ps });
    const keyOf = new Map(keys.map((k) => [String(k.id), k.key.substring(9)]));
    const actors = await this.actors([...agreed.keys()].map(Number));
    return [...agreed.entries()].map(([aid, pids]) => {
      const a = actors.get(aid);
      return row([a.name, kindName[a.kind], sortedList(a.orgs), pids.length, sortedList(pids.map((p) => keyOf.get(String(p))))]);
    });
  }
  async count() {
    const rows = await this.q("count", `
MATCH (s:Person:Organisation)-[:Says]->(c:Claim)
WHERE c.comment = false
OPTIONAL MATCH (s)-[:MemberOf]->(m:Organisation)
WITH c, CASE WHEN label(s) = 'Organisation' THEN s.id ELSE m.id END AS oid
WHERE oid IS NOT NULL
WITH oid, count(DISTINCT c.id) AS claims
MATCH (o:Organisation) WHERE o.id = oid
RETURN o.name AS name, claims`);
    return rows.map((r) => row([r.name, r.claims]));
  }
  async neighbours() {
    const rows = await this.q("neighbours", `
MATCH (x:Person:Organisation:Position:Document)-[r*1..2]-(n)
WHERE x.name = $x AND n.id <> x.id
RETURN n.name AS name, label(n) AS kind, min(length(r)) AS d`, { x: this.s.actor });
    return rows.map((r) => row([r.name, kindName[r.kind], r.d]));
  }
  async path() {
    const rows = await this.q("path", `
MATCH p = (a:Person:Organisation:Position:Document)-[* SHORTEST 1..16]-(b:Person:Organisation:Position:Document)
WHERE a.name = $a AND b.name = $b
RETURN length(p) AS len LIMIT 1`, { a: this.s.actor, b: this.s.other });
    return [row(["length", rows.length ? rows[0].len : 0])];
  }
  // The answer: the Cypher statements run, their rows fetched and each written as a row string
  // (as the C++ runners copy columns out); `run` adds the canonical sort (runner.hpp).
  async run(id) {
    return canonical(await this.answer(id));
  }
  async answer(id) {
    let rows;
    switch (id) {
      case "supports": rows = await this.whoStance(true); break;
      case "opposes": rows = await this.whoStance(false); break;
      case "says": rows = await this.says(); break;
      case "agrees": rows = await this.agrees(); break;
      case "count": rows = await this.count(); break;
      case "neighbours": rows = await this.neighbours(); break;
      case "path": rows = await this.path(); break;
      default: throw new Error(`unknown statement ${id}`);
    }
    return rows;
  }
}

function readSubjects(file) {
  const s = {};
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const tab = line.indexOf("\t");
    if (tab > 0) s[line.slice(0, tab)] = line.slice(tab + 1);
  }
  return s;
}

function percentile(v, q) {
  if (!v.length) return 0;
  const s = [...v].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
}

const kStatements = ["supports", "opposes", "says", "agrees", "count", "neighbours", "path"];

async function run(db, subjectsFile, options) {
  const subjects = readSubjects(subjectsFile);
  const opt = {};
  for (let i = 0; i + 1 < options.length; i += 2) opt[options[i].replace(/^--/, "")] = options[i + 1];
  if (opt.statement) {
    const session = new Session(db, subjects);
    await session.open();
    for (const r of await session.run(opt.statement)) process.stdout.write(r + "\n");
    return;
  }
  const warm = Number(opt.warm ?? 0), budget = Number(opt.budget ?? 60) * 1000;
  const t0 = performance.now();
  const session = new Session(db, subjects);
  await session.open();
  console.log(`open_ms ${(performance.now() - t0).toFixed(3)}`);
  for (const id of kStatements) {
    const rows = await session.run(id);
    if (opt.rows) fs.writeFileSync(path.join(opt.rows, `kuzu-${id}.tsv`), rows.map((r) => r + "\n").join(""));
    const times = [], canonicalTimes = [];
    const start = performance.now();
    for (let i = 0; i < warm; ++i) {
      let t = performance.now();
      const answer = await session.answer(id);
      times.push(performance.now() - t);
      if (answer.length !== rows.length) throw new Error(`${id}: the row count changed between runs`);
      t = performance.now();
      await session.run(id);
      canonicalTimes.push(performance.now() - t);
      if (i >= 4 && performance.now() - start > budget) break;
    }
    console.log(`stmt ${id} runs ${times.length} p50 ${percentile(times, 0.5).toFixed(4)} p95 ${percentile(times, 0.95).toFixed(4)} rows ${rows.length}`);
    console.log(`canonical ${id} p50 ${percentile(canonicalTimes, 0.5).toFixed(4)} p95 ${percentile(canonicalTimes, 0.95).toFixed(4)}`);
  }
  // Node reports the peak resident set in kilobytes on Linux.
  console.log(`rss_kb ${process.resourceUsage().maxRSS}`);
}

try {
  if (command === "load") await load(rest[0], rest[1]);
  else if (command === "run") await run(rest[0], rest[1], rest.slice(2));
  else throw new Error("usage: node kuzu.mjs MODULE (load DB CSVDIR | run DB SUBJECTS (--statement ID | --warm N ...))");
} catch (e) {
  console.error(`kuzu: ${e.message ?? e}`);
  process.exit(2);
}
