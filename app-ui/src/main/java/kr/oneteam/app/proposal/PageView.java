package kr.oneteam.app.proposal;

import java.util.List;

/** A page of the list as INTAKE.md shapes it: {@code content} and {@code page}. */
public record PageView<T>(List<T> content, PageInfo page) {

    public record PageInfo(int number, int size, long totalElements, int totalPages) {
    }
}
