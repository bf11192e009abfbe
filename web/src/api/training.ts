// Training and competencies: the framework, the catalogue (and adding a course, PMO), a person's
// training record, the project managers' competency matrix and who needs which training.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import { queryKeys } from './query-keys.ts';
import type { AssessmentCreate, CertificationCreate, CourseCreate, TrainingRecordCreate } from './types.ts';
import type { TrainingRole } from '../../../src/core/training/training-roles.ts';

export const trainingQueries = {
  framework: () => queryOptions({ queryKey: queryKeys.training.framework(), queryFn: () => unwrap(api.GET('/api/v1/training/framework', {})), staleTime: 5 * 60_000 }),
  courses: () => queryOptions({ queryKey: queryKeys.training.courses(), queryFn: () => unwrap(api.GET('/api/v1/training/courses', { params: { query: {} } })) }),
  person: (id: string) => queryOptions({ queryKey: queryKeys.training.person(id), queryFn: () => unwrap(api.GET('/api/v1/training/people/{id}', { params: { path: { id } } })) }),
  matrix: (role: TrainingRole) => queryOptions({ queryKey: queryKeys.training.matrix(role), queryFn: () => unwrap(api.GET('/api/v1/training/matrix', { params: { query: { role } } })) }),
  needs: () => queryOptions({ queryKey: queryKeys.training.needs(), queryFn: () => unwrap(api.GET('/api/v1/training/needs', {})) }),
};

export const useCompetencyFramework = () => useQuery(trainingQueries.framework());
export const useCourses = () => useQuery(trainingQueries.courses());
export const usePersonTraining = (id: string) => useQuery(trainingQueries.person(id));
export const useCompetencyMatrix = (role: TrainingRole) => useQuery(trainingQueries.matrix(role));
export const useTrainingNeeds = () => useQuery(trainingQueries.needs());

export function useCreateCourse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CourseCreate) => unwrap(api.POST('/api/v1/training/courses', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.training.all }),
  });
}

/** Recording on a person's training (a completed course, a certification, an assessment) refreshes everything training shows. */
function useTrainingWrite<B>(write: (body: B) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.training.all }) });
}
export const useRecordTraining = () => useTrainingWrite((body: TrainingRecordCreate) => unwrap(api.POST('/api/v1/training/records', { body })));
export const useRecordCertification = () => useTrainingWrite((body: CertificationCreate) => unwrap(api.POST('/api/v1/training/certifications', { body })));
export const useAssessCompetency = () => useTrainingWrite((body: AssessmentCreate) => unwrap(api.POST('/api/v1/training/assessments', { body })));
