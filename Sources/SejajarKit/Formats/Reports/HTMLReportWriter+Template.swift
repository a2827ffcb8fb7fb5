extension HTMLReportWriter {
    /// The page, as a Mustache template (`Resources/report.mustache` between the shared start
    /// and end): `{{…}}` escapes (& < > " '), so text from the documents, the glossary and the
    /// findings can never break the markup. No script and nothing fetched: the file works
    /// offline and prints.
    static let template = ReportPage.start + ReportPage.resource(PackageResources.report_mustache) + ReportPage.end
}
