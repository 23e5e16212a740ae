// Loopback TCP servers that stand in for a network fault between the server
// and Neo4j: one that accepts connections and never says a word, and a relay
// to a real Neo4j that can be cut and restored on the same port.
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface Loopback {
  port: number;
  close(): Promise<void>;
}

function listenOn(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
  });
}

function closing(server: Server, sockets: Set<Socket>): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      server.close(() => resolve());
    });
}

/** Accepts every connection and stays silent, like a port that is not Bolt. */
export async function silentPort(): Promise<Loopback> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return { port: await listenOn(server, 0), close: closing(server, sockets) };
}

/** Relays a loopback port to `target`; `cut` drops every connection and stops listening, `restore` listens again on the same port. */
export async function relay(target: { host: string; port: number }): Promise<Loopback & { cut(): Promise<void>; restore(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const make = () =>
    createServer((client) => {
      const upstream = connect(target.port, target.host);
      track(client);
      track(upstream);
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
  let server = make();
  const port = await listenOn(server, 0);
  return {
    port,
    cut: () => closing(server, sockets)(),
    restore: async () => {
      server = make();
      await listenOn(server, port);
    },
    close: () => closing(server, sockets)(),
  };
}
