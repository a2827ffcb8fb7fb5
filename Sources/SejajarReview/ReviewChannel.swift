import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1
import NIOHTTPTypes
import NIOHTTPTypesHTTP1

/// A connection to the review server: Hummingbird's HTTP/1.1 pipeline (`HTTP1Channel`'s, handler
/// for handler) with the server's own guards around the HTTP decoder: `RequestTimer` first, on
/// the raw bytes (a deadline and a minimum rate for every request), and `MessageGuard` after the
/// decoder, where the HTTP version and every header line are still there (one Host, bodies over
/// the limit refused unread, HTTP/1.0 and `Connection: close` honoured).
struct ReviewChannel: ServerChildChannel, HTTPChannelHandler {
    typealias Value = NIOAsyncChannel<HTTPRequestPart, HTTPResponsePart>

    let responder: HTTPChannelHandler.Responder
    let limits: ReviewServer.Limits

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        channel.eventLoop.makeCompletedFuture {
            let progress = RequestProgress()
            let pipeline = channel.pipeline.syncOperations
            try pipeline.addHandler(RequestTimer(limits: limits, progress: progress))
            try pipeline.configureHTTPServerPipeline(
                withPipeliningAssistance: false, withErrorHandling: false, withOutboundHeaderValidation: false,
                withEncoderConfiguration: .init(), withDecoderLimitConfiguration: .init())
            try pipeline.addHandler(MessageGuard(maximumBody: limits.maximumBody, progress: progress))
            try pipeline.addHandler(HTTP1ToHTTPServerCodec(secure: false))
            try pipeline.addHandler(HTTPConnectionStateHandler(idleTimeout: Duration.nanoseconds(limits.idleTimeout.nanoseconds), logger: logger))
            return try NIOAsyncChannel(wrappingChannelSynchronously: channel, configuration: .init(isOutboundHalfClosureEnabled: true))
        }
    }

    func handle(value: Value, logger: Logger) async {
        await handleHTTP(asyncChannel: value, logger: logger)
    }
}
