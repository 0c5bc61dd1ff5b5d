const base = 'http://127.0.0.1:3920';
const tok = process.argv[2], pid = process.argv[3];
let ok = 0, other = {};
const t0 = Date.now();
await Promise.all(Array.from({length: 16}, async (_, c) => {
  for (let i = 0; i < 30; i++) {
    try {
    const r = await fetch(`${base}/api/patients/${pid}/diary`, { method: 'POST', headers: { authorization: `Bearer ${tok}`, 'content-type': 'application/json' }, body: JSON.stringify({ startedAt: new Date(Date.UTC(2026,0,1,0,0,c,i)).toISOString(), durationMinutes: 1, psfsSeverity: 1, painNrs: 1, note: 'x' }) });
    if (r.status === 201) ok++; else other[r.status] = await r.text();
    } catch (e) { other.err = String(e); }
  }
}));
console.log(ok, other, Date.now() - t0);
