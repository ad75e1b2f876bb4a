package org.newsint.query.events;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The merge rule without a database. */
class MergeRuleTest {

    private static final LocalDate FEB_12 = LocalDate.parse("2022-02-12");

    @Test
    void participantKeyIsTheSortedDistinctSet() {
        assertThat(MergeRule.participantKey(List.of("Q2", "Q1", "Q2", " "))).isEqualTo("Q1|Q2");
        assertThat(MergeRule.participants("Q1|Q2")).containsExactly("Q1", "Q2");
        assertThat(MergeRule.participants("")).isEmpty();
    }

    @Test
    void dayDatesJoinWithinOneDay() {
        assertThat(MergeRule.distance("HAPPENED", "2022-02-12", List.of(), "HAPPENED", "2022-02-12", FEB_12)).isZero();
        assertThat(MergeRule.distance("HAPPENED", "2022-02-12", List.of(), "PLANNED", "2022-02-13", FEB_12)).isEqualTo(1);
        assertThat(MergeRule.distance("HAPPENED", "2022-03-01", List.of(), "HAPPENED", "2022-02-28", FEB_12)).isEqualTo(1);
        assertThat(MergeRule.distance("HAPPENED", "2022-02-12", List.of(), "HAPPENED", "2022-02-14", FEB_12)).isEqualTo(-1);
    }

    @Test
    void monthDatesJoinOnlyTheSameMonth() {
        assertThat(MergeRule.distance("HAPPENED", "2022-02", List.of(), "HAPPENED", "2022-02", FEB_12)).isZero();
        assertThat(MergeRule.distance("HAPPENED", "2022-02", List.of(), "HAPPENED", "2022-02-12", FEB_12)).isEqualTo(-1);
        assertThat(MergeRule.distance("HAPPENED", "2022-02", List.of(), "HAPPENED", "2022-03", FEB_12)).isEqualTo(-1);
        assertThat(MergeRule.distance("HAPPENED", "2022-02", List.of(), "HAPPENED", null, FEB_12)).isEqualTo(-1);
    }

    @Test
    void undatedReportsJoinWithTheSameStatusAndArticlesThreeDaysApart() {
        List<LocalDate> published = List.of(LocalDate.parse("2022-02-09"), LocalDate.parse("2022-02-20"));
        assertThat(MergeRule.distance("HAPPENED", null, published, "HAPPENED", null, FEB_12)).isEqualTo(3);
        assertThat(MergeRule.distance("HAPPENED", null, published, "PLANNED", null, FEB_12)).isEqualTo(-1);
        assertThat(MergeRule.distance("HAPPENED", null, published, "HAPPENED", null, LocalDate.parse("2022-02-15"))).isEqualTo(-1);
        assertThat(MergeRule.distance("HAPPENED", null, published, "HAPPENED", null, null)).isEqualTo(-1);
    }

    @Test
    void rangesCoverDaysMonthsAndYears() {
        assertThat(MergeRule.range("2022-02-12")).containsExactly(FEB_12, FEB_12);
        assertThat(MergeRule.range("2024-02")).containsExactly(LocalDate.parse("2024-02-01"), LocalDate.parse("2024-02-29"));
        assertThat(MergeRule.range("2022")).containsExactly(LocalDate.parse("2022-01-01"), LocalDate.parse("2022-12-31"));
        assertThat(MergeRule.range(null)).isNull();
        assertThat(MergeRule.range("2022-02-30")).isNull();
    }

    @Test
    void foldKeepsTheFirstReportAndFillsGaps() {
        MergeRule.State st = MergeRule.fold(List.of(
                new MergeRule.Report("HAPPENED", "2022-02-12", null, null, "2022-02-12"),
                new MergeRule.Report("NEGATED", "2022-02-13", "geneva", null, "2022-02-13"),
                new MergeRule.Report("HAPPENED", "2022-02-12", "moscow", "lavrov", "2022-02-14")));
        assertThat(st).isEqualTo(new MergeRule.State("HAPPENED", "2022-02-12", "geneva", "lavrov", "2022-02-12"));
    }

    @Test
    void plannedBecomesHappenedWhenALaterReportSaysSoOnADate() {
        assertThat(MergeRule.fold(List.of(
                new MergeRule.Report("PLANNED", "2022-02-12", null, null, "2022-02-10"),
                new MergeRule.Report("HAPPENED", "2022-02-13", null, null, "2022-02-13"))))
                .extracting(MergeRule.State::status, MergeRule.State::date).containsExactly("HAPPENED", "2022-02-13");
        assertThat(MergeRule.fold(List.of(
                new MergeRule.Report("PLANNED", null, null, null, "2022-02-10"),
                new MergeRule.Report("HAPPENED", null, null, null, "2022-02-13"))).status()).isEqualTo("PLANNED");
        assertThat(MergeRule.fold(List.of())).isNull();
    }

    @Test
    void clusterIdsAreStableAndDistinctPerAttempt() {
        assertThat(MergeRule.clusterId("evt_1", 0)).isEqualTo(MergeRule.clusterId("evt_1", 0)).startsWith("evc_").hasSize(28);
        assertThat(MergeRule.clusterId("evt_1", 1)).isNotEqualTo(MergeRule.clusterId("evt_1", 0));
        assertThat(MergeRule.contactLock("PHONE_CALL", "Q1|Q2")).isNotEqualTo(MergeRule.contactLock("MEETING", "Q1|Q2"));
    }
}
