// A port no one is listening on now, found by asking the system for one: the test servers and
// the WebDriver servers listen on such ports, so that runs never collide on a fixed one.
import { createServer } from 'node:net';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
