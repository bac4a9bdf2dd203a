// Loads a folder written by `stancegraph export --format kuzu` into a new Kuzu database, the way
// its README.txt says (schema.cypher, then copy.cypher, each line a statement, run in the
// folder), and checks that every CSV row became a node or relationship and that the texts came
// through. Usage: node load_export.js EXPORT_DIR DB_DIR [EXPECTED.json]
// EXPECTED.json: {"nodes": {"Person": 18, ...}, "names": {"person:x": "Name as written", ...}}.
// Exit 0 when all holds, 1 when something does not, 77 when the kuzu module cannot be loaded.
'use strict';
const fs = require('fs');
const path = require('path');

let kuzu;
try {
  kuzu = require('kuzu');
} catch (e) {
  console.log('kuzu module not found (' + e.message.split('\n')[0] + '): skipped');
  process.exit(77);
}

const [exportDir, dbDir, expectedFile] = process.argv.slice(2);
const expected = expectedFile ? JSON.parse(fs.readFileSync(expectedFile, 'utf8')) : {};

(async () => {
  const db = new kuzu.Database(path.resolve(dbDir));
  const conn = new kuzu.Connection(db);
  process.chdir(exportDir);
  let failures = 0;
  const fail = (msg) => { console.log('FAIL: ' + msg); ++failures; };
  const rows = async (q) => (await conn.query(q)).getAll();
  for (const file of ['schema.cypher', 'copy.cypher']) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        await conn.query(line);
      } catch (e) {
        fail(file + ': ' + e.message + '\n  in: ' + line.slice(0, 200));
      }
    }
  }
  // Every data row of every CSV file is in its table (a CSV row may span lines: count records).
  const csvRecords = (file) => {
    const s = fs.readFileSync(file, 'utf8');
    let n = 0, quoted = false;
    for (let i = 0; i < s.length; ++i) {
      if (s[i] === '"') quoted = !quoted;
      else if (s[i] === '\n' && !quoted) ++n;
    }
    return n - 1;  // the header
  };
  for (const file of fs.readdirSync('.').filter((f) => f.endsWith('.csv'))) {
    const want = csvRecords(file);
    const parts = file.slice(0, -4).split('-');
    let got;
    if (parts.length === 1) {
      got = (await rows('MATCH (n:`' + parts[0] + '`) RETURN count(n) AS n'))[0].n;
    } else {
      got = (await rows('MATCH (:`' + parts[1] + '`)-[r:`' + parts[0] + '`]->(:`' + parts[2] + '`) RETURN count(r) AS n'))[0].n;
    }
    if (Number(got) !== want) fail(file + ': ' + want + ' rows in the file, ' + got + ' in the database');
  }
  for (const [label, n] of Object.entries(expected.nodes || {})) {
    const got = (await rows('MATCH (n:`' + label + '`) RETURN count(n) AS n'))[0].n;
    if (Number(got) !== n) fail(label + ': expected ' + n + ' nodes, found ' + got);
  }
  for (const [key, name] of Object.entries(expected.names || {})) {
    const ps = await conn.prepare('MATCH (n) WHERE n.key = $k RETURN n.name AS name');
    const r = await (await conn.execute(ps, { k: key })).getAll();
    if (!r.length) fail('no node ' + key);
    else if (r[0].name !== name) fail(key + ': name ' + JSON.stringify(r[0].name) + ', expected ' + JSON.stringify(name));
  }
  for (const [key, aliases] of Object.entries(expected.aliases || {})) {
    const ps = await conn.prepare('MATCH (n) WHERE n.key = $k RETURN n.aliases AS a');
    const r = await (await conn.execute(ps, { k: key })).getAll();
    if (!r.length || JSON.stringify(r[0].a) !== JSON.stringify(aliases))
      fail(key + ': aliases ' + JSON.stringify(r.length ? r[0].a : null) + ', expected ' + JSON.stringify(aliases));
  }
  console.log(failures ? failures + ' failures' : 'Kuzu loaded every file');
  process.exit(failures ? 1 : 0);
})().catch((e) => { console.log('FAIL: ' + e.stack); process.exit(1); });
