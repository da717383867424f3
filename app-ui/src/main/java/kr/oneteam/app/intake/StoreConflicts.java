package kr.oneteam.app.intake;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;

import java.sql.SQLException;

/**
 * Which failures of a store mean "another call stored something first" (a unique externalRef or registration
 * number, a lock held by a concurrent insert), so that the intake looks again and answers duplicate or retries.
 * Hibernate's own ConstraintViolationException escapes untranslated from an EntityManager flush, so the cause
 * chain is searched for integrity SQL states (23xxx) too, not only for Spring's translated exceptions.
 */
final class StoreConflicts {

    private StoreConflicts() {
    }

    static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataIntegrityViolationException || t instanceof PessimisticLockingFailureException
                    || t instanceof TransientDataAccessException
                    || t instanceof org.hibernate.exception.ConstraintViolationException
                    || t instanceof org.hibernate.exception.LockAcquisitionException
                    || t instanceof org.hibernate.PessimisticLockException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23") || sql.getSQLState().startsWith("40")
                    || sql.getSQLState().equals("HYT00"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
