package vn.ocop.traceability.resolver;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.LongAdder;

/**
 * Puts {@link ResolverFastPath} into each HTTP/1.1 connection's pipeline, between Netty's HTTP
 * codec and Micronaut's handlers, through Micronaut's {@link NettyServerCustomizer} extension
 * point. Off with {@code ocop.traceability.resolver.fast-path.enabled=false} (every resolve then
 * goes through the controller). Not installed when the pipeline is not the expected one (HTTP/2,
 * access log).
 */
@Singleton
@Requires(property = "ocop.traceability.resolver.fast-path.enabled", notEquals = "false")
@Requires(beans = NettyServerCustomizer.Registry.class)
class ResolverFastPathInstaller
        implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private static final String CODEC = ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC;
    private static final String ACCESS_LOGGER = ChannelPipelineCustomizer.HANDLER_ACCESS_LOGGER;

    private final Provider<Resolver> resolver;
    private final Provider<ResolveListener> listener;
    private final LongAdder answered = new LongAdder();

    ResolverFastPathInstaller(Provider<Resolver> resolver, Provider<ResolveListener> listener) {
        this.resolver = resolver;
        this.listener = listener;
    }

    /** How many resolves the fast path has answered since start (for tests). */
    long answered() {
        return answered.sum();
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(
            BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        NettyServerCustomizer.Registry registry = event.getBean();
        registry.register(new Root());
        return registry;
    }

    private final class Root implements NettyServerCustomizer {
        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return role == ChannelRole.CONNECTION ? new Connection(channel) : this;
        }
    }

    private final class Connection implements NettyServerCustomizer {
        private final Channel channel;

        Connection(Channel channel) {
            this.channel = channel;
        }

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return this;
        }

        @Override
        public void onStreamPipelineBuilt() {
            ChannelPipeline pipeline = channel.pipeline();
            if (pipeline.get(CODEC) != null
                    && pipeline.get(ACCESS_LOGGER) == null
                    && pipeline.get(ResolverFastPath.NAME) == null) {
                pipeline.addAfter(
                        CODEC,
                        ResolverFastPath.NAME,
                        new ResolverFastPath(resolver.get(), listener.get(), answered));
            }
        }
    }
}
