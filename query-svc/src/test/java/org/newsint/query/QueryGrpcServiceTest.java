package org.newsint.query;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsint.proto.nlp.v1.Analysis;
import org.newsint.proto.nlp.v1.Entity;
import org.newsint.proto.nlp.v1.EntityMentions;
import org.newsint.proto.nlp.v1.EntityType;
import org.newsint.proto.nlp.v1.Mention;
import org.newsint.proto.query.v1.ArticleMeta;
import org.newsint.proto.query.v1.ArticlePage;
import org.newsint.proto.query.v1.ArticleView;
import org.newsint.proto.query.v1.GetArticleRequest;
import org.newsint.proto.query.v1.ListArticlesRequest;
import org.newsint.proto.query.v1.QueryGrpc;
import org.newsint.proto.query.v1.StoreAnalysisRequest;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** query-svc over a real gRPC channel, storing into a real PostgreSQL. */
@QuarkusTest
class QueryGrpcServiceTest {

    @TestHTTPResource
    URL url;

    private ManagedChannel channel;
    private QueryGrpc.QueryBlockingStub query;

    @BeforeEach
    void open() {
        channel = ManagedChannelBuilder.forAddress(url.getHost(), url.getPort()).usePlaintext().build();
        query = QueryGrpc.newBlockingStub(channel).withDeadlineAfter(20, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    private static StoreAnalysisRequest request(String id, String text, String version) {
        Entity cairo = Entity.newBuilder().setId("Q85").setCanonicalName("Cairo").setType(EntityType.LOC).setWikidataId("Q85").build();
        Analysis analysis = Analysis.newBuilder().setArticleId(id).setCleanText(text).setPipelineVersion(version)
                .addEntities(EntityMentions.newBuilder().setEntity(cairo).addMentions(Mention.newBuilder().setText("القاهرة")))
                .build();
        return StoreAnalysisRequest.newBuilder()
                .setArticle(ArticleMeta.newBuilder().setArticleId(id).setTitle("عنوان " + id).setPublishedAt("2022-02-12")
                        .setContentHash("hash-" + id))
                .setAnalysis(analysis).build();
    }

    @Test
    void storedAnalysisIsReturnedWithItsEntities() {
        String id = "art_" + UUID.randomUUID();
        assertThat(query.storeAnalysis(request(id, "وصل الوزير إلى القاهرة.", "1")).getStored()).isTrue();
        ArticleView view = query.getArticle(GetArticleRequest.newBuilder().setArticleId(id).build());
        assertThat(view.getAnalysis().getCleanText()).isEqualTo("وصل الوزير إلى القاهرة.");
        assertThat(view.getEntitiesList()).extracting(Entity::getCanonicalName).containsExactly("Cairo");
        assertThat(view.getArticle().getTitle()).isEqualTo("عنوان " + id);
    }

    @Test
    void storingTheSameVersionTwiceChangesNothing() {
        String id = "art_" + UUID.randomUUID();
        assertThat(query.storeAnalysis(request(id, "نص أول.", "1")).getStored()).isTrue();
        String storedAt = query.getArticle(GetArticleRequest.newBuilder().setArticleId(id).build()).getStoredAt();
        assertThat(query.storeAnalysis(request(id, "نص أول.", "1")).getStored()).isFalse();
        assertThat(query.getArticle(GetArticleRequest.newBuilder().setArticleId(id).build()).getStoredAt()).isEqualTo(storedAt);
        // a new pipeline version replaces the analysis
        assertThat(query.storeAnalysis(request(id, "نص ثان.", "2")).getStored()).isTrue();
        assertThat(query.getArticle(GetArticleRequest.newBuilder().setArticleId(id).build()).getAnalysis().getCleanText())
                .isEqualTo("نص ثان.");
    }

    @Test
    void unknownArticleIsNotFound() {
        assertThatThrownBy(() -> query.getArticle(GetArticleRequest.newBuilder().setArticleId("art_missing").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
    }

    @Test
    void pagesCoverEveryMatchingArticleOnceWithNoCap() {
        String marker = "مؤتمر" + UUID.randomUUID().toString().substring(0, 6);
        Set<String> stored = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            String id = "art_page_" + marker + "_" + i;
            query.storeAnalysis(request(id, "انعقد " + marker + " في القاهرة رقم " + i, "1"));
            stored.add(id);
        }
        List<String> seen = new ArrayList<>();
        String after = "";
        int pages = 0;
        do {
            ArticlePage page = query.listArticles(ListArticlesRequest.newBuilder().setFirst(3).setAfter(after)
                    .setText(marker).build());
            assertThat(page.getTotalCount()).isEqualTo(7);
            page.getItemsList().forEach(s -> seen.add(s.getArticleId()));
            after = page.getHasNextPage() ? page.getEndCursor() : null;
            pages++;
        } while (after != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(stored);
    }

    @Test
    void textFilterIgnoresAlefAndTaaMarbutaSpelling() {
        String id = "art_" + UUID.randomUUID();
        String word = "إجتماعيةخاصة" + id.substring(4, 10);
        query.storeAnalysis(request(id, "عقدت " + word + " أمس.", "1"));
        ArticlePage page = query.listArticles(ListArticlesRequest.newBuilder()
                .setText(word.replace('إ', 'ا').replace('ة', 'ه')).build());
        assertThat(page.getItemsList()).extracting(s -> s.getArticleId()).containsExactly(id);
    }

    @Test
    void entityFilterFindsArticlesMentioningTheEntity() {
        String id = "art_" + UUID.randomUUID();
        query.storeAnalysis(request(id, "زيارة إلى القاهرة.", "1"));
        ArticlePage page = query.listArticles(ListArticlesRequest.newBuilder().setEntityId("Q85").setFirst(500).build());
        assertThat(page.getItemsList()).extracting(s -> s.getArticleId()).contains(id);
    }

    @Test
    void badCursorPageSizeAndDateAreInvalidArgument() {
        for (ListArticlesRequest bad : List.of(
                ListArticlesRequest.newBuilder().setAfter("not-a-cursor").build(),
                ListArticlesRequest.newBuilder().setFirst(501).build(),
                ListArticlesRequest.newBuilder().setPublishedFrom("12/02/2022").build())) {
            assertThatThrownBy(() -> query.listArticles(bad))
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                        assertThat(e.getStatus().getDescription()).isNotBlank();
                    });
        }
    }

    @Test
    void rewriteOfAStoredStoryIsMarkedNearDuplicateOfTheFirst() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String story = "بحث وزير الخارجية الكويتي مع نظيره القطري في الدوحة اليوم العلاقات الثنائية وسبل تعزيزها " + marker
                + ". وتناول اللقاء مستجدات الأوضاع الإقليمية والجهود المبذولة لخفض التوتر في المنطقة. وأكد الجانبان أهمية"
                + " مواصلة التنسيق والتشاور إزاء القضايا ذات الاهتمام المشترك.";
        String first = "art_" + UUID.randomUUID();
        String rewrite = "art_" + UUID.randomUUID();
        String unrelated = "art_" + UUID.randomUUID();
        assertThat(query.storeAnalysis(request(first, story, "1")).getNearDuplicateOf()).isEmpty();
        assertThat(query.storeAnalysis(request(rewrite, story.replace("اليوم", "الأحد").replace("وسبل تعزيزها", "وسُبل تطويرها"), "1"))
                .getNearDuplicateOf()).isEqualTo(first);
        assertThat(query.getArticle(GetArticleRequest.newBuilder().setArticleId(rewrite).build()).getNearDuplicateOf())
                .isEqualTo(first);
        assertThat(query.storeAnalysis(request(unrelated, "أعلنت وزارة الصحة تسجيل انخفاض في عدد الإصابات " + marker, "1"))
                .getNearDuplicateOf()).isEmpty();
    }
}
