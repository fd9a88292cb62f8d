package org.smartpick.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.SocketChannelEndPoint;

/**
 * Notices a client that has gone while its request computes. Jetty reads nothing from a connection while its
 * handler runs, so it notices nothing (docs/decisions.md); this registers the connection's channel, for reading,
 * with a selector of its own: once the request has been read, a readable channel means the client closed it (or
 * sent a pipelined request, which browsers and common clients never do). Nothing is read from the channel.
 */
final class DisconnectWatch implements AutoCloseable {
    /** Null when the connection is not a socket channel this can watch: then the client is never seen to go. */
    private final Selector selector;

    private DisconnectWatch(Selector selector) {
        this.selector = selector;
    }

    /** A watch on the request's connection; call after the body has been read. */
    static DisconnectWatch of(Context ctx) {
        try {
            var endPoint = ServletContextRequest.getServletContextRequest(ctx.req())
                    .getConnectionMetaData()
                    .getConnection()
                    .getEndPoint();
            if (!(endPoint instanceof SocketChannelEndPoint socket)) {
                return new DisconnectWatch(null);
            }
            Selector selector = Selector.open();
            try {
                socket.getChannel().register(selector, SelectionKey.OP_READ);
            } catch (IOException | RuntimeException e) {
                selector.close();
                throw e;
            }
            return new DisconnectWatch(selector);
        } catch (IOException | RuntimeException e) {
            return new DisconnectWatch(null);
        }
    }

    /** Whether the client has closed its connection (a cheap non-blocking look). */
    boolean gone() {
        if (selector == null) {
            return false;
        }
        try {
            return selector.selectNow() > 0 || !selector.selectedKeys().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (selector != null) {
            try {
                selector.close();
            } catch (IOException e) {
                // the registration is cancelled either way
            }
        }
    }
}
