// Serves the built app through nginx with the project's own configuration
// (deploy/nginx/tic-selfcheck-common.conf), so the end-to-end tests check the headers, MIME
// types, caching and precompressed files a real web server sends. dist/ is copied to a
// temporary folder and precompressed there; the embedding origin allowed is the example host's.
//
//   node tests/e2e/serve-nginx.mjs PORT ALLOWED_ORIGIN
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findExecutable } from './executables.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '../..');
const port = Number(process.argv[2] ?? 8767);
const allowed = process.argv[3] ?? 'http://127.0.0.1:8766';

function nginxPath() {
  // Debian installs nginx in /usr/sbin, which is not on a normal user's PATH.
  const found = findExecutable('NGINX', ['nginx'], ['/usr/sbin', '/usr/local/sbin']);
  if (found) return found;
  console.error('serve-nginx: nginx not found; install it (scripts/ensure-tools.sh --browser) or set NGINX');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'tic-nginx-'));
// nginx's workers run as an unprivileged user when it is started as root: they must read it.
chmodSync(work, 0o755);
const root = join(work, 'site');
cpSync(join(repo, 'dist'), root, { recursive: true });
spawnSync(process.execPath, [join(repo, 'scripts/precompress.mjs'), root], { stdio: 'inherit' });
const conf = join(work, 'nginx.conf');
writeFileSync(conf, `
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path ${work}/body;
    proxy_temp_path ${work}/proxy;
    fastcgi_temp_path ${work}/fastcgi;
    uwsgi_temp_path ${work}/uwsgi;
    scgi_temp_path ${work}/scgi;
    server {
        listen 127.0.0.1:${port};
        root ${root};
        set $tic_frame_ancestors "${allowed}";
        include ${join(repo, 'deploy/nginx/tic-selfcheck-common.conf')};
    }
}
`);
const check = spawnSync(nginxPath(), ['-t', '-p', work, '-c', conf], { encoding: 'utf8' });
if (check.status !== 0) {
  console.error(check.stderr);
  process.exit(1);
}
const nginx = spawn(nginxPath(), ['-p', work, '-c', conf, '-g', 'daemon off;'], { stdio: 'inherit' });
console.log(`nginx serving ${root} at http://127.0.0.1:${port}/ (embeddable from ${allowed})`);
const stop = () => {
  nginx.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
nginx.on('exit', (code) => {
  rmSync(work, { recursive: true, force: true });
  process.exit(code ?? 0);
});
