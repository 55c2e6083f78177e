package io.auditpack.distributed.manager;

import io.auditpack.distributed.JobPartition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** One partition per job, named after the job (the partitions' step executions read {@code run-job:<job>}). */
final class JobPartitioner implements Partitioner {
    private final List<JobPartition> partitions;

    JobPartitioner(List<JobPartition> partitions) {
        this.partitions = List.copyOf(partitions);
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        partitions.forEach(partition -> contexts.put(partition.job(), partition.context()));
        return contexts;
    }
}
