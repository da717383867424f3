package kr.oneteam.app.dashboard;

import kr.oneteam.app.queue.QueueFilter;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SizeClass;

/** Proposals of companies of one size class in one region (as the company stated them at submission). */
public record SizeRegionTally(SizeClass sizeClass, Region region, long count, QueueFilter link) {
}
