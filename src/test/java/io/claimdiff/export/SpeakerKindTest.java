package io.claimdiff.export;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Speakers and parties as the extractor gives them for the sample and news articles. */
class SpeakerKindTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # names the gazetteer lists: outlets, seats of government, countries, organisations
            The Washington Post                                      | US media              | Organization
            Washington Post                                          | The Washington Post   | Organization
            The Kremlin                                              | Russia                | Organization
            Pentagon                                                 | United States         | Organization
            India                                                    | India                 | Organization
            WHO                                                      | World Health Organization | Organization
            Bloomberg                                                | Bloomberg             | Organization
            # a body at the head of the phrase
            Tanzanian government                                     | Tanzania              | Organization
            Poroshenko's press office                                | Ukraine               | Organization
            Ukrainian President Petro Poroshenko's office            | Ukraine               | Organization
            Ministry of external affairs in a press release          | India                 | Organization
            Iran’s armed forces                                      | Iran                  | Organization
            Trump transition team                                    | United States         | Organization
            Walt Disney Company                                      | Walt Disney Company   | Organization
            U.S. officials                                           | United States         | Organization
            # a one-word speaker that is its own party
            Disney                                                   | Disney                | Organization
            Supermicro                                               | Supermicro            | Organization
            # people: names, titled names, roles
            Dmitry Peskov                                            | Russia                | Person
            Scarlett Johansson                                       | Scarlett Johansson    | Person
            Kremlin spokesman Dmitry Peskov                          | Russia                | Person
            Ministry of external affairs spokesperson Arindam Bagchi | India                 | Person
            Director-General Tedros Adhanom Ghebreyesus              | World Health Organization | Person
            Russian President Vladimir Putin’s spokesman             | Russia                | Person
            Bloomberg spokeswoman                                    | Bloomberg             | Person
            senior official at the Ukrainian presidency              | Ukraine               | Person
            A spokesperson for the US president-elect’s transition team | United States      | Person
            publisher and editor of Moscow's independent Nezavisimaya Gazeta publication | Russia | Person
            Juventus player                                          | Juventus              | Person
            """)
    void readsWhetherASpeakerIsAPersonOrAnOrganisation(String speaker, String party, String type) {
        assertEquals(type, SpeakerKind.of(speaker, party).schemaType(), speaker);
    }
}
