package org.newsint.gateway.clients;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.smallrye.graphql.api.ErrorCode;

/** Maps gRPC failures to errors a GraphQL client can act on. */
public final class GrpcErrors {

    private GrpcErrors() {
    }

    /** A backend is down or too slow: try again later. */
    @ErrorCode("UNAVAILABLE")
    public static class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The request itself is wrong; retrying will not help. */
    @ErrorCode("BAD_USER_INPUT")
    public static class ClientError extends RuntimeException {
        public ClientError(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * What a GraphQL resolver hands the client for a failure of a client call: an open circuit breaker (a backend that
     * kept failing) is UNAVAILABLE like the failures that opened it.
     */
    public static Throwable forClient(Throwable t) {
        if (t instanceof org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException) {
            return new Unavailable("a backend service is failing and is given a few seconds' rest; try again shortly", t);
        }
        return t;
    }

    static boolean isNotFound(Throwable t) {
        return t instanceof StatusRuntimeException e && e.getStatus().getCode() == Status.Code.NOT_FOUND;
    }

    static Throwable translate(Throwable t) {
        if (t instanceof StatusRuntimeException e) {
            String what = e.getStatus().getDescription() == null ? e.getStatus().getCode().name() : e.getStatus().getDescription();
            return switch (e.getStatus().getCode()) {
                case INVALID_ARGUMENT, OUT_OF_RANGE, FAILED_PRECONDITION -> new ClientError(what, e);
                case UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, ABORTED ->
                        new Unavailable("a backend service did not answer in time (" + e.getStatus().getCode()
                                + "); try again shortly", e);
                default -> e;
            };
        }
        return t;
    }
}
