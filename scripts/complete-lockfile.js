#!/usr/bin/env node
// Run after any dependency change (`npm run lock:complete`): this registry mirror lacks some
// platform builds (e.g. @swc/core for macOS), so npm writes a lock that `npm ci` rejects.
// This adds lock entries for optional platform packages this registry mirror does not serve, so npm ci
// accepts the lock; os/cpu are read from the package name so other platforms skip them untouched.
const fs = require('fs');
const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8'));
const osOf = (n) =>
  ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openharmony', 'wasm32', 'sunos', 'aix', 'openbsd', 'netbsd'].find((o) => n.includes(`-${o}`));
const cpuOf = (n) =>
  ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el', 'wasm32'].find((c) => new RegExp(`-${c}(-|$)`).test(n));
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key] || lock.packages[`${path}/node_modules/${name}`]) continue;
    const os = osOf(name),
      cpu = cpuOf(name);
    lock.packages[key] = { version, optional: true, ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}) };
    added++;
  }
}
fs.writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log(`added ${added} optional platform entries`);
