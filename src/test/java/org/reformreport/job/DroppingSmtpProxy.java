package org.reformreport.job;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP relay on 127.0.0.1 in front of a real server (GreenMail) that, for the first messages,
 * hangs up after the client sent the message's terminating "." and before any reply reaches it:
 * either without passing the "." on (the server never accepts the message) or after the server
 * accepted it (the client cannot know it was delivered). Every later message goes through.
 */
final class DroppingSmtpProxy implements AutoCloseable {

    enum Drop {
        /** The "." never reaches the server: the message is not accepted. */
        BEFORE_ACCEPT,
        /** The server accepts the message; its 250 reply is lost with the connection. */
        AFTER_ACCEPT
    }

    private static final int SOCKET_TIMEOUT_MS = 30_000;

    private final ServerSocket listener;
    private final int serverPort;
    private final Drop drop;
    private final AtomicInteger dropsLeft;
    final AtomicInteger dropped = new AtomicInteger();
    final AtomicInteger connections = new AtomicInteger();

    DroppingSmtpProxy(int port, int serverPort, Drop drop, int messagesToDrop) throws IOException {
        this.listener = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        this.serverPort = serverPort;
        this.drop = drop;
        this.dropsLeft = new AtomicInteger(messagesToDrop);
        Thread accept = new Thread(this::acceptLoop, "smtp-proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                connections.incrementAndGet();
                new Connection(client).start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }

    /** One client connection and its connection to the server, each direction pumped line by line. */
    private final class Connection {
        private final Socket client;
        private Socket server;
        private volatile boolean loseNextReply;

        Connection(Socket client) {
            this.client = client;
        }

        void start() throws IOException {
            server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
            client.setSoTimeout(SOCKET_TIMEOUT_MS);
            server.setSoTimeout(SOCKET_TIMEOUT_MS);
            daemon(this::clientToServer, "smtp-proxy-up");
            daemon(this::serverToClient, "smtp-proxy-down");
        }

        private void clientToServer() {
            boolean inData = false;
            try (InputStream in = new BufferedInputStream(client.getInputStream());
                    OutputStream out = new BufferedOutputStream(server.getOutputStream())) {
                for (byte[] line; (line = readLine(in)) != null; ) {
                    String text = new String(line, StandardCharsets.US_ASCII);
                    if (!inData) {
                        inData = text.equalsIgnoreCase("DATA\r\n");
                    } else if (text.equals(".\r\n")) {
                        inData = false;
                        if (dropsLeft.getAndDecrement() > 0) {
                            dropped.incrementAndGet();
                            if (drop == Drop.BEFORE_ACCEPT) {
                                hangUp();
                                return;
                            }
                            loseNextReply = true; // the server's reply to this "." hangs up instead
                        }
                    }
                    out.write(line);
                    if (in.available() == 0) {
                        out.flush();
                    }
                }
            } catch (IOException e) {
                // one side went away
            } finally {
                if (!loseNextReply) {
                    hangUp();
                }
            }
        }

        private void serverToClient() {
            try (InputStream in = new BufferedInputStream(server.getInputStream());
                    OutputStream out = new BufferedOutputStream(client.getOutputStream())) {
                for (byte[] line; (line = readLine(in)) != null; ) {
                    if (loseNextReply) {
                        return; // the server has answered (accepted): the client never hears it
                    }
                    out.write(line);
                    out.flush();
                }
            } catch (IOException e) {
                // one side went away
            } finally {
                hangUp();
            }
        }

        private void hangUp() {
            closeQuietly(client);
            closeQuietly(server);
        }
    }

    /** A line with its CRLF, or what is left at the end of the stream; null at the end. */
    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) >= 0; ) {
            line.write(b);
            if (b == '\n') {
                return line.toByteArray();
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    private static void daemon(Runnable task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException ignored) {
            // already gone
        }
    }
}
