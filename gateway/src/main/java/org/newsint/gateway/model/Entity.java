package org.newsint.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An actor or place, one identity across spellings and stories.")
public record Entity(
        @Id @NonNull String id,
        @NonNull @Description("English canonical name, e.g. 'Sergey Lavrov'.") String canonicalName,
        @NonNull EntityType type,
        @Description("Wikidata id such as 'Q7747', where known.") String wikidataId) {
}
