import Testing
@testable import SejajarKit

struct SentenceSplitterTests {
    static let spanish: [(String, [String])] = [
        ("El Sr. Pérez llegó. Luego se fue.", ["El Sr. Pérez llegó.", "Luego se fue."]),
        ("La Sra. Gómez y el Dr. Ruiz hablaron con Ud. ayer.", ["La Sra. Gómez y el Dr. Ruiz hablaron con Ud. ayer."]),
        ("Viajó a EE. UU. en marzo. Volvió en abril.", ["Viajó a EE. UU. en marzo.", "Volvió en abril."]),
        ("Véase p. ej. el núm. 5 y el art. 12 de la ley.", ["Véase p. ej. el núm. 5 y el art. 12 de la ley."]),
        ("Asistieron 1.500 personas. El 3,5 % votó.", ["Asistieron 1.500 personas.", "El 3,5 % votó."]),
        ("¿Vienes mañana? Sí, iré.", ["¿Vienes mañana?", "Sí, iré."]),
        ("¡Qué día! Llovió sin parar.", ["¡Qué día!", "Llovió sin parar."]),
        ("¿Es el Sr. Pérez? —preguntó.", ["¿Es el Sr. Pérez? —preguntó."]),
        ("Implementar bien las políticas sociales... Contribuyendo así al desarrollo.",
         ["Implementar bien las políticas sociales...", "Contribuyendo así al desarrollo."]),
        ("Esperó... y esperó.", ["Esperó... y esperó."]),
        ("Se innovó el trabajo; Vincular la ejecución de las tareas.", ["Se innovó el trabajo; Vincular la ejecución de las tareas."]),
        ("Dijo: «Ya está.» Después calló.", ["Dijo: «Ya está.»", "Después calló."]),
        ("Escriba a info@ejemplo.es. Le responderemos.", ["Escriba a info@ejemplo.es.", "Le responderemos."]),
        ("Fuente: https://baoninhthuan.com.vn/news/1.htm y más. Fin.", ["Fuente: https://baoninhthuan.com.vn/news/1.htm y más.", "Fin."]),
        ("Lo firmó J. R. Jiménez. Nadie lo leyó.", ["Lo firmó J. R. Jiménez.", "Nadie lo leyó."]),
        ("Compró manzanas, peras, etc. Luego volvió.", ["Compró manzanas, peras, etc.", "Luego volvió."]),
        ("Compró manzanas, peras, etc. y volvió.", ["Compró manzanas, peras, etc. y volvió."]),
        ("(Se aprobó.) El pleno siguió.", ["(Se aprobó.)", "El pleno siguió."]),
    ]

    static let indonesian: [(String, [String])] = [
        ("Kantornya di Jl. Sudirman No. 5, Kec. Menteng. Buka setiap hari.",
         ["Kantornya di Jl. Sudirman No. 5, Kec. Menteng.", "Buka setiap hari."]),
        ("Rapat dipimpin Dr. Ir. H. Ahmad dan Hj. Siti. Semua hadir.", ["Rapat dipimpin Dr. Ir. H. Ahmad dan Hj. Siti.", "Semua hadir."]),
        ("PT. Maju dan CV. Jaya menang tender. Kontrak diteken.", ["PT. Maju dan CV. Jaya menang tender.", "Kontrak diteken."]),
        ("Dia lahir Thn. 1990 di Kab. Bogor, Prov. Jawa Barat.", ["Dia lahir Thn. 1990 di Kab. Bogor, Prov. Jawa Barat."]),
        ("Ada buku, pena, dll. yang dibawa.", ["Ada buku, pena, dll. yang dibawa."]),
        ("Ada buku, pena, dll. Semua dibawa.", ["Ada buku, pena, dll.", "Semua dibawa."]),
        ("Anggaran Rp 1.500.000 disetujui. Nilainya 3,5 persen.", ["Anggaran Rp 1.500.000 disetujui.", "Nilainya 3,5 persen."]),
        ("Apakah ini sah? Ya, sah dan sah.", ["Apakah ini sah?", "Ya, sah dan sah."]),
        ("Kunjungi www.ninhthuan.gov.vn untuk info. Terima kasih.", ["Kunjungi www.ninhthuan.gov.vn untuk info.", "Terima kasih."]),
        ("Ia berkata, \"Kami siap.\" Lalu pergi.", ["Ia berkata, \"Kami siap.\"", "Lalu pergi."]),
    ]

    @Test(arguments: spanish)
    func splitsSpanish(_ text: String, _ expected: [String]) {
        #expect(SentenceSplitter(language: "es").split(text) == expected)
    }

    static let vietnamese: [(String, [String])] = [
        ("PGS.TS. Nguyễn Văn An phát biểu tại TP. Hồ Chí Minh. Hội nghị kết thúc lúc 17 giờ.",
         ["PGS.TS. Nguyễn Văn An phát biểu tại TP. Hồ Chí Minh.", "Hội nghị kết thúc lúc 17 giờ."]),
        ("ThS. Lê Thị Bình sống ở P. 5, Q. 1. Bà là đảng viên.", ["ThS. Lê Thị Bình sống ở P. 5, Q. 1.", "Bà là đảng viên."]),
        ("Tỉnh hỗ trợ gạo, muối, v.v. Người dân rất vui.", ["Tỉnh hỗ trợ gạo, muối, v.v.", "Người dân rất vui."]),
        ("Tỉnh hỗ trợ gạo, muối, v.v. cho các hộ nghèo.", ["Tỉnh hỗ trợ gạo, muối, v.v. cho các hộ nghèo."]),
    ]

    @Test(arguments: vietnamese)
    func splitsVietnamese(_ text: String, _ expected: [String]) {
        #expect(SentenceSplitter(language: "vi").split(text) == expected)
    }

    @Test(arguments: indonesian)
    func splitsIndonesian(_ text: String, _ expected: [String]) {
        #expect(SentenceSplitter(language: "id").split(text) == expected)
    }

    @Test func genericFallbackUsesCommonTitles() {
        #expect(SentenceSplitter(language: "en").split("Mr. Smith arrived. He sat down.") == ["Mr. Smith arrived.", "He sat down."])
    }

    static let ideographic: [(String, [String])] = [
        ("今天天气很好。我们去公园吧！你来吗？", ["今天天气很好。", "我们去公园吧！", "你来吗？"]),
        ("他说：“我来了。”然后走了。", ["他说：“我来了。”然后走了。"]),
        ("「ありがとう。」と言った。次の日に帰った。", ["「ありがとう。」と言った。", "次の日に帰った。"]),
        ("会议于2024年5月12日召开。共有1.500人参加。", ["会议于2024年5月12日召开。", "共有1.500人参加。"]),
    ]

    /// Chinese and Japanese need no space after a full stop; the generic fallback splits them too.
    @Test(arguments: ideographic)
    func splitsChineseAndJapanese(_ text: String, _ expected: [String]) {
        #expect(SentenceSplitter(language: "zh").split(text) == expected)
    }

    /// Khmer ends sentences with ។ or ៕, often with no space after them; "។ល។" (et cetera) ends nothing.
    @Test(arguments: [
        ("ខ្ញុំទៅផ្សារ។គាត់នៅផ្ទះ៕", ["ខ្ញុំទៅផ្សារ។", "គាត់នៅផ្ទះ៕"]),
        ("ខ្ញុំទៅផ្សារ។ គាត់នៅផ្ទះ។", ["ខ្ញុំទៅផ្សារ។", "គាត់នៅផ្ទះ។"]),
        ("ស្វាយ ចេក ។ល។ ហើយទៅផ្ទះ។", ["ស្វាយ ចេក ។ល។ ហើយទៅផ្ទះ។"]),
    ])
    func splitsKhmer(_ text: String, _ expected: [String]) {
        #expect(SentenceSplitter(language: "km").split(text) == expected)
    }

    static let caseless: [(String, String, [String])] = [
        ("ar", "ذهب الرجل إلى السوق. اشترى خبزا؟ نعم اشترى.", ["ذهب الرجل إلى السوق.", "اشترى خبزا؟", "نعم اشترى."]),
        ("hi", "मैं बाज़ार गया। मैंने रोटी खरीदी। क्या तुम आओगे?", ["मैं बाज़ार गया।", "मैंने रोटी खरीदी।", "क्या तुम आओगे?"]),
        ("el", "Ο άνθρωπος πήγε στην αγορά. Αγόρασε ψωμί.", ["Ο άνθρωπος πήγε στην αγορά.", "Αγόρασε ψωμί."]),
        ("el", "Πού πας; Στην αγορά.", ["Πού πας;", "Στην αγορά."]),
        ("es", "Primero esto; Después aquello.", ["Primero esto; Después aquello."]),
        ("en", "It cost 3.5 dollars. Then it rained.", ["It cost 3.5 dollars.", "Then it rained."]),
    ]

    /// Scripts without capitals start sentences with any letter; Arabic and Devanagari have
    /// their own question mark and full stop.
    @Test(arguments: caseless)
    func splitsScriptsWithoutCapitals(_ language: String, _ text: String, _ expected: [String]) {
        #expect(SentenceSplitter(language: Language(language)).split(text) == expected)
    }

    @Test func indonesianNoIsNotSpanishNo() {
        #expect(SentenceSplitter(language: "es").split("Dijo que No. Luego salió.") == ["Dijo que No.", "Luego salió."])
        #expect(SentenceSplitter(language: "id").split("Rumah No. 5 dijual.") == ["Rumah No. 5 dijual."])
    }
}
