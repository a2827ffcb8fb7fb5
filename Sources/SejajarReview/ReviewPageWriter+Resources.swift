import SejajarKit
extension ReviewPageWriter {
    /// The editor's script (`Resources/review.js`, compiled in): loads `state`, draws rows and map
    /// with DOM calls (never HTML from text), sends each edit to `edit` with the revision it was
    /// made against, and redraws from the state the server answers with. The token from the
    /// page's address goes with every request (`X-Sejajar-Token`, or `?token=` on download links).
    static let script = String(decoding: PackageResources.review_js, as: UTF8.self)

    /// The editor's own style rules, after the report's (`Resources/review.css`).
    static let style = String(decoding: PackageResources.review_css, as: UTF8.self)

    /// The page's body up to its script (`Resources/review-body.html`, a Mustache template).
    static let body = String(decoding: PackageResources.review_body_html, as: UTF8.self)
}
