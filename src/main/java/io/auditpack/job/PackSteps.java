package io.auditpack.job;

import java.util.List;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;

/** The five steps of a run, in order; {@link #job} names a Spring Batch job after the auditpack job it runs. */
public record PackSteps(Step read, Step validate, Step compute, Step assemble, Step publish) {

    public List<Step> inOrder() {
        return List.of(read, validate, compute, assemble, publish);
    }

    /** A job whose history is kept under the auditpack job's name. */
    public Job job(String name, JobRepository repository) {
        return new JobBuilder(name, repository)
                .start(read)
                .next(validate)
                .next(compute)
                .next(assemble)
                .next(publish)
                .build();
    }
}
