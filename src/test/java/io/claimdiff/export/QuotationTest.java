package io.claimdiff.export;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Claims that start or end inside the article's own quotation marks are quoted once, not twice. */
class QuotationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # the article's closing mark, with no opening one in the claim
            Officials said a deal would follow soon."                         | “Officials said a deal would follow soon.”
            Bloomberg should retract.”                                        | “Bloomberg should retract.”
            It was a peace plan for Ukraine”.                                 | “It was a peace plan for Ukraine.”
            Nobody asked us to.’                                              | “Nobody asked us to.”
            # the article's opening mark, its closing one outside the claim
            “Ukrainian forces will hold the line                              | “Ukrainian forces will hold the line”
            ‘Ukrainian forces will hold the line                              | “Ukrainian forces will hold the line”
            # the whole claim in marks
            “Ukrainian forces will hold the line.”                            | “Ukrainian forces will hold the line.”
            "We will not escalate."                                           | “We will not escalate.”
            'fake news'                                                       | “fake news”
            “a pure invention”.                                               | “a pure invention.”
            # a quotation inside the claim, at an end or in the middle: nested, single within double
            “Ukrainian forces will hold,” the ministry said                   | “‘Ukrainian forces will hold,’ the ministry said”
            Iran’s drone “was immediately destroyed.”                         | “Iran’s drone ‘was immediately destroyed.’”
            Canada is "not looking to provoke or escalate"                    | “Canada is ‘not looking to provoke or escalate’”
            it called the report “blatantly illegal”:                         | “it called the report ‘blatantly illegal’:”
            he called it “a ‘special’ operation” again                        | “he called it ‘a “special” operation’ again”
            says rape accusation is ‘fake news’                               | “says rape accusation is ‘fake news’”
            # apostrophes are not quotation marks
            Putin’s aide said it was the leaders’                             | “Putin’s aide said it was the leaders’”
            we don't know about the '90s                                      | “we don't know about the '90s”
            `  plain words  `                                                 | “plain words”
            """)
    void quotesOnce(String text, String quoted) {
        assertEquals(quoted, Quotation.quote(text));
        assertEquals(quoted, Quotation.quote(quoted), "quoting a quotation changes nothing");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a pure invention”, “false information     | “a pure invention”, “false information”
            he said “we will win and                  | “he said “we will win and”
            """)
    void anInnerMarkWithoutItsPartnerStaysAsItIs(String text, String quoted) {
        assertEquals(quoted, Quotation.quote(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Bloomberg should retract.”                | Bloomberg should retract.
            “Ukrainian forces will hold the line.”    | Ukrainian forces will hold the line.
            “A,” he said, “B”                         | “A,” he said, “B”
            Iran’s drone “was destroyed.”             | Iran’s drone “was destroyed.”
            """)
    void bareKeepsTheClaimsOwnMarks(String text, String bare) {
        assertEquals(bare, Quotation.bare(text));
    }
}
