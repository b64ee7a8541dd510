// A port free on 127.0.0.1 now, as the kernel hands one out for port 0. The benches pass it to the servers
// they fork: a port picked at random could already be taken (e.g. by an outgoing connection to PostgreSQL,
// from the same ephemeral range), and a forked server of an older checkout (`--baseline`) cannot report a
// port of its own choosing.
import { once } from 'node:events';
import { createServer } from 'node:net';

export async function freePort() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}
