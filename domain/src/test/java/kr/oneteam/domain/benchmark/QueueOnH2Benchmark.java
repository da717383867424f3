package kr.oneteam.domain.benchmark;

class QueueOnH2Benchmark extends QueueBenchmarkContract {

    @Override
    String database() {
        return "H2";
    }
}
