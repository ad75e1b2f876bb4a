package org.newsint.nlp.kb;

import java.util.List;

/** One knowledge-base entry: a person, organisation or place with its Arabic names and roles. */
public record Actor(String id, String type, String subtype, String name, String wikidata, List<String> arabicNames,
                    List<String> shortNames, List<String> abbreviations, List<Role> roles, String country,
                    List<String> adjectives) {

    public boolean isCountry() {
        return "LOC".equals(type) && "country".equals(subtype);
    }

    /** An office held, with its term; {@code to} is null while in office. Dates are ISO strings of 4, 7 or 10 chars. */
    public record Role(String role, String country, String org, String from, String to) {
    }
}
