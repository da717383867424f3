package kr.oneteam.domain.persistence;

/** The persistence contract on in-memory H2 in PostgreSQL mode, as the app runs by default. */
class PersistenceOnH2Test extends PersistenceContract {
}
