package dev.athar.local;

import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.TestServicesStarter;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * Same command line as io.temporal.testserver.TestServer ({@code <port> [--enable-time-skipping]}),
 * which is what @temporalio/testing (sdk-core's ephemeral server) passes to an
 * {@code existing-path} executable, but the gRPC server binds to 127.0.0.1 instead of every
 * interface. Override the address with {@code -Dathar.testserver.host=...} (JAVA_OPTS).
 */
public final class LoopbackTestServer {
  private LoopbackTestServer() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1 || args.length > 2) {
      System.err.println("Usage: temporal-test-server <port> [--enable-time-skipping]");
      System.err.println("  --enable-time-skipping  start with time skipping unlocked");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    boolean enableTimeSkipping = false;
    if (args.length == 2) {
      if ("--enable-time-skipping".equalsIgnoreCase(args[1])) {
        enableTimeSkipping = true;
      } else {
        System.err.println("Unknown flag " + args[1]);
        System.exit(2);
      }
    }
    String host = System.getProperty("athar.testserver.host", "127.0.0.1");

    // Same wiring as TestServer.createPortBoundServer(port, lockTimeSkipping).
    TestServicesStarter services = new TestServicesStarter(!enableTimeSkipping, 0);
    ServerBuilder<?> builder =
        NettyServerBuilder.forAddress(
            new InetSocketAddress(host, port), InsecureServerCredentials.create());
    GRPCServerHelper.registerServicesAndHealthChecks(services.getServices(), builder);
    Server server = builder.build().start();

    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.shutdown();
                  try {
                    server.awaitTermination(1, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  server.shutdownNow();
                  services.close();
                }));
    server.awaitTermination();
  }
}
