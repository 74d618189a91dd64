package org.kalamela.domain.shared.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;

class PageTest {

    private static final List<Integer> SEVEN = IntStream.range(0, 7).boxed().toList();

    @Test
    void slicesThePageOutOfTheWholeList() {
        Page<Integer> second = Page.slice(SEVEN, new PageRequest(1, 3));

        assertThat(second.items()).containsExactly(3, 4, 5);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(3);
        assertThat(second.total()).isEqualTo(7);
        assertThat(Page.slice(SEVEN, new PageRequest(2, 3)).items()).containsExactly(6);
    }

    @Test
    void aPagePastTheEndIsEmptyEvenAtTheLargestPageNumber() {
        assertThat(Page.slice(SEVEN, new PageRequest(3, 3)).items()).isEmpty();
        Page<Integer> far = Page.slice(SEVEN, new PageRequest(Integer.MAX_VALUE, PageRequest.MAX_SIZE));

        assertThat(far.items()).isEmpty();
        assertThat(far.total()).isEqualTo(7);
        assertThat(far.page()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void theOffsetOfTheLargestPageDoesNotOverflow() {
        PageRequest far = new PageRequest(Integer.MAX_VALUE, PageRequest.MAX_SIZE);

        assertThat(far.offset()).isEqualTo((long) Integer.MAX_VALUE * PageRequest.MAX_SIZE);
        assertThat(far.startsAfter(1_000_000)).isTrue();
        assertThat(new PageRequest(0, 50).startsAfter(0)).isTrue();
        assertThat(new PageRequest(0, 50).startsAfter(1)).isFalse();
    }

    @Test
    void sizeIsOneToTwoHundredAndPageNotNegative() {
        assertThatThrownBy(() -> PageRequest.of(0, 201)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).extracting(FieldError::field)
                        .containsExactly("size"));
        assertThatThrownBy(() -> PageRequest.of(-1, 10)).isInstanceOf(InvalidInput.class);
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, PageRequest.DEFAULT_SIZE));
    }
}
