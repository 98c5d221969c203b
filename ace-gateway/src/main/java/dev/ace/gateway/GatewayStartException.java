package dev.ace.gateway;

/**
 * The gateway could not start listening: the port is held by another process, the host is not an address of
 * this machine, or the server failed to start. The message names the address and the cause; everything the
 * gateway had opened (the decision log and its lock) is closed before this is thrown.
 */
public final class GatewayStartException extends RuntimeException {
    private final String host;
    private final int port;

    GatewayStartException(String host, int port, String cause, Throwable source) {
        super("cannot listen on " + host + ":" + port + ": " + cause, source);
        this.host = host;
        this.port = port;
    }

    /** The interface the gateway was configured to bind. */
    public String host() {
        return host;
    }

    /** The port the gateway was configured to bind. */
    public int port() {
        return port;
    }
}
