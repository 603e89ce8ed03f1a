package io.cascade.learning.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckInRepository extends JpaRepository<ReinforcementCheckIn, Long> {

    List<ReinforcementCheckIn> findByManagerId(long managerId);
}
