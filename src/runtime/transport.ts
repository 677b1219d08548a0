/** The transports a request can arrive on, and the session a connection-oriented one gives its requests. */
export type Transport = 'http' | 'https' | 'websocket' | 'tcp' | 'udp';

/** A connection-oriented transport's session (raw TCP, WebSocket): keepalive and close act on it. */
export interface Session {
  keepalive(): void;
  /** Close the connection once this answer is sent. */
  close(): void;
}
