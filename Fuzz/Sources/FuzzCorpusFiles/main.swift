import Foundation
import FuzzSupport
import SejajarKit

// The files of a corpus aligned as many jobs: a shard's statistics, a corpus model, a shard's
// documents (binary) and a corpus report, each read and written back; what is read back must read again to the same value.
fuzz { bytes in
    let data = Data(bytes)
    if let statistics = try? CorpusStatisticsReader().read(data: data, path: "fuzz.stats") {
        let again = try? CorpusStatisticsReader().read(data: Data(CorpusStatisticsWriter().write(statistics).text.utf8), path: "again")
        precondition(again == statistics, "statistics do not round-trip")
    }
    if let model = try? CorpusModelReader().read(data: data, path: "fuzz.model") {
        let text = CorpusModelWriter().write(model).text
        let again = try? CorpusModelReader().read(data: Data(text.utf8), path: "again")
        precondition(again.map { CorpusModelWriter().write($0).text } == text, "a model does not round-trip")
    }
    if let documents = try? ShardDocumentsReader().read(data: data, path: "fuzz.documents") {
        let again = try? ShardDocumentsReader().read(data: ShardDocumentsWriter().write(documents), path: "again")
        precondition(again.map { $0.isSame(as: documents) } == true, "a shard's documents do not round-trip")
    }
    if let report = try? CorpusReportReader().read(data: data, path: "fuzz.json") {
        _ = try? CorpusReportWriter().write(report)
        _ = CorpusSummaryWriter().write(report)
    }
}
